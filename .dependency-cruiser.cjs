/**
 * The layer graph of README's architecture map, checked by dependency-cruiser in
 * `npm test` (test/architecture.test.ts). Paths are relative to the repository root.
 */
const CORE = '^src/(agents|governance|economy)/|^src/(world|model|outcomes|invariants)\\.ts$';
const EDGES = '^src/(runner|output|report|cli|workflows)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere. Type-only imports are erased at compile time, so a loop made only through them is not one.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'bottom-imports-bottom',
      severity: 'error',
      comment: 'engine, params and errors.ts are the bottom layer: they import nothing else of the project.',
      from: { path: '^src/(engine|params)/|^src/errors\\.ts$' },
      to: { path: '^(src|web)/', pathNot: '^src/(engine|params|types)/|^src/errors\\.ts$' },
    },
    {
      name: 'core-below-edges',
      severity: 'error',
      comment: 'The model core (agents, governance, economy, world, model) knows nothing of the layers above it.',
      from: { path: CORE },
      to: { path: `${EDGES}|^src/(analysis|design|experiments|scenarios)/` },
    },
    {
      name: 'core-pure',
      severity: 'error',
      comment: 'The model core does no I/O: no Node built-ins, so it runs in a worker or a browser.',
      from: { path: CORE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'The command line is the top: only cli/ imports cli/.',
      from: { pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'middle-below-edges',
      severity: 'error',
      comment: 'scenarios, design, experiments and analysis are pure libraries under the runner, output, report and workflows.',
      from: { path: '^src/(scenarios|design|experiments|analysis)/' },
      to: { path: EDGES },
    },
    {
      name: 'output-not-runner',
      severity: 'error',
      comment: 'output/ writes files for the runner and the CLI; it does not import them (one direction only).',
      from: { path: '^src/output/' },
      to: { path: '^src/(runner|report|cli|workflows|analysis)/' },
    },
    {
      name: 'report-pure',
      severity: 'error',
      comment: 'report/ builds pages from data: no runner, output or workflows, and no Node built-ins (the explorer bundles it).',
      from: { path: '^src/report/' },
      to: { path: '^src/(runner|output|workflows)/' },
    },
    {
      name: 'report-no-node',
      severity: 'error',
      comment: 'report/ is shared with the browser: no node: modules.',
      from: { path: '^src/report/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'workflows-pure',
      severity: 'error',
      comment: 'Workflows take parsed inputs and return data: no runner, output, report or cli.',
      from: { path: '^src/workflows/' },
      to: { path: '^src/(runner|output|report|cli)/' },
    },
    {
      name: 'workflows-no-node',
      severity: 'error',
      comment: 'Workflows do no I/O (the CLI reads and writes for them).',
      from: { path: '^src/workflows/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'src-not-outside',
      severity: 'error',
      comment: 'src/ does not import the explorer, the tests or the benchmarks.',
      from: { path: '^src/' },
      to: { path: '^(web|test|bench|scripts)/' },
    },
    {
      name: 'web-no-edges',
      severity: 'error',
      comment: 'The explorer runs in a browser: no runner, cli, output files or Node built-ins.',
      from: { path: '^web/src/' },
      to: { path: '^src/(runner|cli)/|^src/output/(files|sinks|metadata)\\.ts$' },
    },
    {
      name: 'web-no-node',
      severity: 'error',
      comment: 'The explorer page and its worker run in a browser.',
      from: { path: '^web/src/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/types/' },
  },
};
