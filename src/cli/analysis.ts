/**
 * Analysis commands: `sensitivity` (Morris, Sobol), `calibrate` (ABC-SMC against the
 * Serengan data) and `discover` (PRIM over experiment results). Each parses its
 * options, calls its workflow (src/workflows/), writes the files and prints.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { checkCalibration, type Calibration } from '../experiments/calibration.js';
import { deriveSeed } from '../engine/rng.js';
import { makePlan } from '../experiments/plan.js';
import { OUTCOME_NAMES, type OutcomeName } from '../outcomes.js';
import { csvTable } from '../output/csv.js';
import { writeFileAtomic } from '../output/files.js';
import { addFiles, checkTarget, folderClaim, outPath, writeFolder } from '../output/folder.js';
import { calibrationSection, morrisSection, primSection, sobolSection } from '../report/adapters.js';
import { experimentReportBase } from '../report/experiment.js';
import type { ExperimentResults } from '../runner/results.js';
import { checkSensitivityDesign, morrisOrder, sensitivity, sensitivityJson, sensitivityTable } from '../workflows/sensitivity.js';
import { recordedCommand } from './command.js';
import { writeExperimentReport } from './experiment.js';
import { progressReporter } from './progress.js';
import { tuneV8ForTables } from './v8.js';
import { reportHtml, writeReport } from './report.js';

const pad = (s: string, n: number) => s.padEnd(n);

// Imported when a command runs, not at start-up: the runner loads piscina and
// apache-arrow, the experiment reader ajv and yaml, discovery mathjs (about 1 s together).
const runner = () => import('../runner/execute.js');
const results = () => import('../runner/results.js');
const load = () => import('../runner/load.js');

/** Runs (or resumes, or reuses) the experiment into `out` and opens its results. */
async function ensureResults(file: string, out: string, workers: number | undefined, force: boolean, version: string): Promise<ExperimentResults> {
  const [{ executePlan, experimentClaim, readState, workFolder }, { openResults }, { loadExperiment }] = await Promise.all([runner(), results(), load()]);
  const plan = makePlan(loadExperiment(file));
  const claim = folderClaim(out);
  const mine = experimentClaim(plan);
  if (!force && claim?.command === mine.command && claim.plan === mine.plan) return openResults(out);
  const bar = progressReporter(plan.experiment.name);
  const res = await executePlan({
    plan,
    out,
    workers,
    resume: !force && readState(workFolder(out))?.plan === plan.hash,
    force,
    version,
    onProgress: bar.update,
    onRunsDone: tuneV8ForTables,
    finish: (dir) => writeExperimentReport(dir, plan, version),
  });
  bar.stop();
  if (res.interrupted) throw new InputError('experiment', 'to complete (interrupted; run the same command again to resume)');
  return openResults(out);
}

function workersOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 1024) throw new InputError('--workers', 'an integer from 1 to 1024', v);
  return Number(v);
}

function numberOption(v: string, field: string, lo: number, hi: number): number {
  const x = Number(v);
  if (!Number.isFinite(x) || x < lo || x > hi) throw new InputError(field, `a number in [${lo}, ${hi}]`, v);
  return x;
}

/** Reads and checks a calibration file; its `data` is read relative to it. */
async function loadCalibration(file: string): Promise<Calibration> {
  const { parseExperimentText } = await import('../experiments/spec.js');
  const read = (path: string, field: string, what: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new InputError(field, what, (e as NodeJS.ErrnoException).code ?? path);
    }
  };
  const text = read(file, file, 'a readable calibration file');
  return checkCalibration(parseExperimentText(text, file), file, {
    readText: (rel, field) => read(resolve(dirname(resolve(file)), rel), field, `a readable data file like data/serengan.json (${rel} relative to the calibration file)`),
    defaultData: () => read(new URL('../../data/serengan.json', import.meta.url).pathname, 'data', 'the shipped data/serengan.json'),
  });
}

async function sensitivityCommand(file: string, o: { out?: string; workers?: string; metric: string; target?: string; resamples: string; force?: boolean }, version: string): Promise<void> {
  const [{ parseMetric, pointValues, scenarioIndex }, { loadExperiment }] = await Promise.all([results(), load()]);
  const e = loadExperiment(file);
  checkSensitivityDesign(e, file);
  const resamples = Number(o.resamples);
  if (!Number.isInteger(resamples) || resamples < 10 || resamples > 100000) throw new InputError('--resamples', 'an integer from 10 to 100000', o.resamples);
  const metrics = o.metric.split(',').map((m) => m.trim());
  const targets = o.target ? o.target.split(',').map((t) => t.trim()) : e.scenarios.map((s) => s.name);
  // Refused before any run: every metric must name an outcome and kept months, every target the experiment's scenarios.
  const plan = makePlan(e);
  for (const m of metrics) parseMetric(m, plan);
  for (const t of targets) {
    const diff = /^(.+)-minus-(.+)$/.exec(t);
    for (const name of diff ? [diff[1], diff[2]] : [t]) scenarioIndex(plan, name, '--target');
  }
  const out = outPath(o.out, `out/${e.name}`);
  const res = await ensureResults(file, out, workersOption(o.workers), o.force === true, version);
  const entries = sensitivity({
    experiment: e,
    metrics,
    targets,
    resamples,
    values: (metric, scenario) => pointValues(res, parseMetric(metric, res.plan), scenarioIndex(res.plan, scenario, '--target')),
    rowPoint: res.plan.rowPoint,
  });
  const method = e.design.type === 'saltelli' ? 'sobol' : 'morris';
  const table = sensitivityTable(entries, method);
  const label = (x: { metric: string; target: string }) => `${x.metric} [${x.target}]`;
  // Added to the experiment's folder as one set (the experiment's own files are untouched).
  const html = reportHtml({
    version,
    command: recordedCommand(),
    ...experimentReportBase(res.plan, (g) => res.reader.group(g)),
    morris:
      method === 'morris'
        ? entries.flatMap((x) => (x.method === 'morris' ? [morrisSection(x.indices, label(x), undefined, e.design.type === 'morris' ? e.design.levels : undefined, x.noiseShare)] : []))
        : undefined,
    sobol: method === 'sobol' ? entries.flatMap((x) => (x.method === 'sobol' ? [sobolSection(x.indices, label(x), undefined, x.noiseShare)] : [])) : undefined,
  });
  addFiles(
    out,
    {
      'sensitivity.csv': csvTable(table.header, table.rows),
      'sensitivity.json': JSON.stringify(sensitivityJson(entries), null, 2) + '\n',
      'report.html': html,
    },
    '--out',
  );
  const lines = entries.flatMap((x) => {
    const head = `\n${label(x)} — noise share ${(100 * x.noiseShare).toFixed(1)} % (replicate variance of the point means / total)`;
    const pm = (v: number, c: number) => `${v.toFixed(3)} ± ${c.toFixed(3)}`;
    if (x.method === 'sobol') {
      const s = x.indices;
      return [head, `  ${pad('parameter', 24)}${pad('S1', 18)}ST`, ...s.names.map((n, k) => `  ${pad(n, 24)}${pad(pm(s.S1[k], s.S1conf[k]), 18)}${pm(s.ST[k], s.STconf[k])}`)];
    }
    const m = x.indices;
    return [head, `  ${pad('parameter', 24)}${pad('mu*', 20)}${pad('mu', 10)}sigma`, ...morrisOrder(m).map((k) => `  ${pad(m.names[k], 24)}${pad(pm(m.muStar[k], m.muStarConf[k]), 20)}${pad(m.mu[k].toFixed(3), 10)}${m.sigma[k].toFixed(3)}`)];
  });
  process.stdout.write(
    `${method === 'sobol' ? 'Sobol indices (Saltelli 2010 S1, Jansen ST; ± = 95 % bootstrap half-width)' : 'Morris elementary effects (mu* = mean |effect|, per unit of the normalised range; ± = 95 % bootstrap)'}; replicates averaged per design point.` +
      lines.join('\n') +
      `\n\nFiles: ${join(out, 'sensitivity.csv')}, ${join(out, 'sensitivity.json')}, ${join(out, 'report.html')}\n`,
  );
}

async function calibrateCommand(file: string, o: { out?: string; workers?: string; force?: boolean }, version: string): Promise<void> {
  const workers = workersOption(o.workers);
  const c = await loadCalibration(file);
  const out = outPath(o.out, `out/${c.name}`);
  // Same calibration file, same fit: its folder may be replaced without --force.
  const claim = { command: 'calibrate', plan: deriveSeed('calibrate', JSON.stringify(c)).toString(16) };
  checkTarget(out, claim, o.force === true);
  const t0 = Date.now();
  const { calibrateOnPool } = await import('../runner/calibrate.js');
  let told = 0;
  const fit = await calibrateOnPool(c, {
    workers,
    onSimulation: (sims) => {
      if (sims - told < 2000) return;
      told = sims - (sims % 2000);
      process.stderr.write(`calibrate: ${sims} simulations\n`);
    },
  });
  const seconds = (Date.now() - t0) / 1000;
  const { problem, result, posterior: last, summary, predictive } = fit;
  const round = (v: number, k: number) => (problem.integer?.[k] ? Math.round(v) : v);
  const obs = c.observations;
  await writeFolder(out, claim, o.force === true, (dir) => {
    writeFileAtomic(join(dir, 'posterior.csv'), csvTable(['population', 'weight', 'distance', ...problem.names], last.particles.map((p, k) => [last.t, last.weights[k], last.distances[k], ...p])));
    writeFileAtomic(join(dir, 'posterior-design.csv'), csvTable(problem.names, last.particles.map((p) => p.map(round))));
    writeFileAtomic(join(dir, 'predictive.csv'), csvTable(['year', 'metric', 'observed', 'q05', 'median', 'q95'], predictive.map((r) => [r.year, r.metric, r.observed, r.q05, r.median, r.q95])));
    writeFileAtomic(
      join(dir, 'calibrated-scenario.json'),
      JSON.stringify({ name: 'calibrated', description: `Posterior medians of ${c.name} (ABC-SMC on Table 1.2)`, base: c.scenario, params: { ...c.fixed, ...fit.medians } }, null, 2) + '\n',
    );
    writeFileAtomic(
      join(dir, 'calibration.json'),
      JSON.stringify(
        {
          name: c.name,
          scenario: c.scenario,
          observations: { years: c.years, producers: obs.map((o) => o[0]), workers: obs.map((o) => o[1]), productionPerDay: obs.map((o) => o[2]) },
          distance: 'root mean square relative error of yearly means (producers, workers, production per day)',
          simulations: result.simulations,
          stoppedBy: result.stoppedBy,
          populations: result.populations.map((p) => ({ t: p.t, epsilon: p.epsilon, acceptanceRate: p.acceptanceRate, ess: p.ess, simulations: p.simulations })),
          posterior: summary,
          predictive,
        },
        null,
        2,
      ) + '\n',
    );
    const bands = (['producers', 'workers', 'productionPerDay'] as const).map((metric) => {
      const rows = predictive.filter((r) => r.metric === metric);
      return { metric, years: [...c.years], q05: rows.map((r) => r.q05), q25: rows.map((r) => r.q25), median: rows.map((r) => r.median), q75: rows.map((r) => r.q75), q95: rows.map((r) => r.q95) };
    });
    writeReport(dir, {
      version,
      command: recordedCommand(),
      experimentSeed: c.seed,
      replicates: 0,
      scenarios: [],
      seeds: [],
      calibration: calibrationSection({ names: problem.names, posterior: { particles: last.particles, weights: last.weights, epsilon: last.epsilon } }, problem.bounds, bands),
    });
  });
  const lines = [
    `ABC-SMC: ${result.populations.length} populations, ${result.simulations} simulations, final epsilon ${last.epsilon.toFixed(4)} (stopped by ${result.stoppedBy}), ${seconds.toFixed(1)} s`,
    '',
    `${pad('parameter', 26)}${pad('mean', 10)}${pad('median', 10)}95 % credible interval`,
    ...summary.map((s) => `${pad(s.name, 26)}${pad(s.mean.toPrecision(4), 10)}${pad(s.median.toPrecision(4), 10)}[${s.lo.toPrecision(4)}, ${s.hi.toPrecision(4)}]`),
    '',
    'Posterior predictive (90 % band of simulated yearly means vs observed):',
    ...predictive.map((r) => `  ${r.year} ${pad(r.metric, 18)} observed ${pad(String(r.observed), 5)} simulated ${r.median.toFixed(1)} [${r.q05.toFixed(1)}, ${r.q95.toFixed(1)}]`),
    '',
    `Files: ${['calibration.json', 'posterior.csv', 'posterior-design.csv', 'predictive.csv', 'calibrated-scenario.json', 'report.html'].map((f) => join(out, f)).join(', ')}`,
    `Use the fit: collabsim run ${join(out, 'calibrated-scenario.json')}; or as a design: {type: csv, file: ${join(out, 'posterior-design.csv')}}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function discoverCommand(dir: string, o: { where: string; threshold: string; alpha: string; minMass: string; box?: string; maxP: string }, version: string): Promise<void> {
  const [{ openResults, parseMetric, pointValues, scenarioIndex }, { discover }, { whereCalls }] = await Promise.all([
    results(),
    import('../workflows/discovery.js'),
    import('../workflows/where.js'),
  ]);
  const options = {
    threshold: numberOption(o.threshold, '--threshold', 0, 1),
    peelAlpha: numberOption(o.alpha, '--alpha', 0.001, 0.5),
    massMin: numberOption(o.minMass, '--min-mass', 0, 1),
  };
  if (o.box !== undefined && !/^\d+$/.test(o.box)) throw new InputError('--box', 'a step of the peeling trajectory (0, 1, 2, …; see prim-trajectory.csv)', o.box);
  const maxP = numberOption(o.maxP, '--max-p', 0, 1);
  if (maxP === 0) throw new InputError('--max-p', 'a number in (0, 1]', o.maxP);
  const res = openResults(dir);
  const plan = res.plan;
  // Refused before reading any result: the outcomes, months and scenarios the condition names.
  for (const c of whereCalls(o.where)) {
    parseMetric(`${c.outcome}@${c.month}`, plan, '--where');
    scenarioIndex(plan, c.scenario, '--where');
  }
  const { y, cases, result, pruned } = discover({
    where: o.where,
    points: plan.points,
    source: dir,
    options,
    box: o.box === undefined ? undefined : Number(o.box),
    maxP,
    values: (outcome, month, scenario) => {
      if (!OUTCOME_NAMES.includes(outcome as OutcomeName)) throw new InputError('--where', `outcomes among ${OUTCOME_NAMES.join(', ')}`, outcome);
      return pointValues(res, parseMetric(`${outcome}@${month}`, plan, '--where'), scenarioIndex(plan, scenario, '--where')).mean;
    },
  });
  // Added to the experiment's folder as one set (the experiment's own files are untouched).
  addFiles(
    dir,
    {
      'prim.json': JSON.stringify({ where: o.where, cases, points: y.length, ...result, pruned: { maxP, ...pruned } }, null, 2) + '\n',
      'prim-trajectory.csv': csvTable(['step', 'coverage', 'density', 'mass', 'restrictedDims'], result.trajectory.map((s, k) => [k, s.coverage, s.density, s.mass, s.restrictedDims])),
      'prim-box.csv': csvTable(
        ['step', 'parameter', 'min', 'max', 'dataMin', 'dataMax', 'quasiP', 'restriction'],
        [...pruned.kept.map((x) => [x, 'kept'] as const), ...pruned.dropped.map((x) => [x, 'dropped'] as const)].map(([x, status]) => {
          const whole = result.initialLimits.find((l) => l.name === x.limit.name);
          const num = (l: typeof x.limit | undefined, end: 'min' | 'max') => (l && l.kind === 'numeric' ? l[end] : l ? l.values.join(' ') : '');
          return [result.box.step, x.limit.name, num(x.limit, 'min'), num(x.limit, 'max'), num(whole, 'min'), num(whole, 'max'), x.quasiP, status];
        }),
      ),
      'report.html': reportHtml({
        version,
        command: recordedCommand(),
        ...experimentReportBase(plan, (g) => res.reader.group(g)),
        prim: [primSection(result, o.where, { ...pruned, maxP })],
      }),
    },
    'results',
  );
  const box = result.box;
  const limitText = (l: (typeof pruned.kept)[number]['limit']) => (l.kind === 'categorical' ? l.values.join(', ') : `[${l.min.toPrecision(4)}, ${l.max.toPrecision(4)}]`);
  const lines = [
    `PRIM: ${cases} of ${y.length} design points meet the condition (base density ${(cases / y.length).toFixed(3)}).`,
    `Chosen box (step ${box.step}${o.box === undefined ? '' : ', --box'}): coverage ${pruned.coverage.toFixed(3)}, density ${pruned.density.toFixed(3)}, mass ${pruned.mass.toFixed(3)}${pruned.density >= options.threshold ? '' : ' (below the density threshold)'}`,
    `  ${pad('parameter', 26)}${pad('limits', 24)}quasi-p`,
    ...pruned.kept.map((x) => `  ${pad(x.limit.name, 26)}${pad(limitText(x.limit), 24)}${x.quasiP.toPrecision(3)}`),
    ...(pruned.kept.length ? [] : ['  (no restriction: the whole design)']),
    ...pruned.dropped.map((x) => `  dropped as trivial (quasi-p ${x.quasiP.toPrecision(3)} > ${maxP}): ${x.limit.name} ${limitText(x.limit)}`),
    '',
    'Peeling trajectory (coverage / density): ' + result.trajectory.filter((_, k) => k % Math.max(1, Math.floor(result.trajectory.length / 8)) === 0).map((s) => `${s.coverage.toFixed(2)}/${s.density.toFixed(2)}`).join('  '),
    `Another box: --box STEP (0-${result.trajectory.length - 1}). Files: ${['prim.json', 'prim-trajectory.csv', 'prim-box.csv', 'report.html'].map((f) => join(dir, f)).join(', ')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

export function registerAnalysisCommands(program: Command, version: string): void {
  program
    .command('sensitivity')
    .argument('<file>', 'experiment file with a saltelli or morris design')
    .option('-o, --out <dir>', 'output folder (default: out/<experiment name>)')
    .option('-w, --workers <n>', 'worker threads')
    .option('--metric <list>', 'comma-separated OUTCOME@MONTH or OUTCOME@FROM-TO (window mean)', 'producers,composite')
    .option('--target <list>', 'comma-separated scenario names, or B-minus-A for a difference (default: every scenario)')
    .option('--resamples <n>', 'bootstrap resamples for confidence intervals', '500')
    .option('--force', 'replace a non-empty --out folder that holds other results')
    .description("Which parameters matter? Morris elementary effects or Sobol indices over an experiment's design.")
    .action((file: string, o: { out?: string; workers?: string; metric: string; target?: string; resamples: string; force?: boolean }) => sensitivityCommand(file, o, version));

  program
    .command('calibrate')
    .argument('<file>', 'calibration file (YAML/JSON): scenario, parameters with prior ranges, ABC settings')
    .option('-o, --out <dir>', 'output folder (default: out/<name>)')
    .option('-w, --workers <n>', 'worker threads (default: the available cores; same results on any number)')
    .option('--force', 'replace a non-empty --out folder that holds other results')
    .description('Fit parameters to the Serengan data (Table 1.2) by ABC-SMC: posterior, credible intervals, posterior predictive.')
    .action((file: string, o: { out?: string; workers?: string; force?: boolean }) => calibrateCommand(file, o, version));

  program
    .command('discover')
    .argument('<results>', 'output folder of a finished experiment')
    .requiredOption('--where <expr>', 'condition per design point, e.g. "v(\'producers\',120,\'mou\') >= 1.2 * v(\'producers\',120,\'status-quo\')"')
    .option('--threshold <x>', 'density a box must reach', '0.8')
    .option('--alpha <x>', 'peeling share', '0.05')
    .option('--min-mass <x>', 'smallest share of points a box may hold', '0.05')
    .option('--box <step>', 'take the box of this step of the peeling trajectory (default: the most covering box that reaches --threshold)')
    .option('--max-p <x>', 'drop restrictions whose quasi-p-value is above this, as trivial (1 keeps all)', '0.05')
    .description("When does an MoU work? PRIM scenario discovery over an experiment's design points.")
    .action((dir: string, o: { where: string; threshold: string; alpha: string; minMass: string; box?: string; maxP: string }) => discoverCommand(dir, o, version));
}
