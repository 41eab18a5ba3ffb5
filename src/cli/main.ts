/**
 * The command line: the only code that reads argv, touches files for the user and
 * prints to the terminal. User errors become one line on stderr and exit code 2;
 * anything unexpected is exit code 1 (stack trace only with COLLABSIM_DEBUG=1).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { checkYears, compareScenarios, type ComparisonRow } from '../analysis/compare.js';
import { DESEVE_ITEMS } from '../governance/deseve.js';
import { type OutcomeName } from '../outcomes.js';
import { csvHeader, csvRows, formatNumber, runTable } from '../output/csv.js';
import { writeFileAtomic } from '../output/files.js';
import { checkTarget, outPath, writeFolder } from '../output/folder.js';
import { deriveSeed } from '../engine/rng.js';
import { recordedCommand } from './command.js';
import { metadata } from '../output/metadata.js';
import { declaration, expectation, InputError, PARAMS, parseValue, type Params } from '../params/index.js';
import { executeRuns, planRuns, type CompletedRun } from '../runner/runs.js';
import { findPreset, PRESETS, resolveScenario, scenarioFromJson, type ScenarioDef } from '../scenarios/index.js';
import { registerAnalysisCommands } from './analysis.js';
import { registerExperimentCommands } from './experiment.js';
import { progressReporter } from './progress.js';
import { formatComparison } from './table.js';
import { registerExplore } from './explore.js';
import { writeRunsReport } from './report.js';
import { VERSION } from '../version.js';


/** Metrics the comparison table shows, in order. */
const TABLE_METRICS: OutcomeName[] = ['producers', 'workers', 'productionPerDay', 'composite', ...DESEVE_ITEMS];

interface CommonOpts {
  check?: boolean;
  replicates: string;
  seed: string;
  months?: string;
  set: string[];
  out: string;
  force?: boolean;
}

function intOption(text: string, field: string, min: number, max: number): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < min || n > max)
    throw new InputError(field, `an integer in [${min}, ${max}]`, text);
  return n;
}

/** `--set name=value` pairs, each checked against its declaration. */
function parseSets(sets: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new InputError('--set', 'name=value (see `collabsim params`)', s);
    const name = s.slice(0, eq).trim();
    const d = declaration(name);
    if (!d) throw new InputError(`--set ${name}`, 'a known parameter (see `collabsim params`)');
    out[name] = parseValue(d, s.slice(eq + 1), `--set ${name}`);
  }
  return out;
}

/** A scenario argument: a preset name or a path to a JSON scenario file. */
function loadScenario(arg: string): ScenarioDef {
  const preset = findPreset(arg);
  if (preset) return preset;
  if (!arg.endsWith('.json'))
    throw new InputError('scenario', `a preset (${PRESETS.map((s) => s.name).join(', ')}) or a .json scenario file`, arg);
  let text: string;
  try {
    // A byte-order mark is not part of the text (YAML and CSV files accept one too).
    text = readFileSync(arg, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new InputError(`scenario file ${arg}`, 'a readable file', (e as NodeJS.ErrnoException).code);
  }
  return scenarioFromJson(text, `scenario file ${arg}`);
}

interface Prepared {
  scenarios: { name: string; description: string; params: Params }[];
  replicates: number;
  seed: number;
}

function prepare(args: readonly string[], o: CommonOpts): Prepared {
  const replicates = intOption(o.replicates, '--replicates', 1, 100000);
  const seed = intOption(o.seed, '--seed', 0, Number.MAX_SAFE_INTEGER);
  const extra = parseSets(o.set);
  if (o.months !== undefined && 'months' in extra) throw new InputError('--months', 'either --months or --set months=..., not both');
  if (o.months !== undefined) extra.months = parseValue(declaration('months')!, o.months, '--months');
  const defs = args.map(loadScenario);
  const names = new Set<string>();
  for (const d of defs) {
    if (names.has(d.name)) throw new InputError('scenario', 'distinct scenario names', d.name);
    names.add(d.name);
  }
  const scenarios = defs.map((d) => ({ name: d.name, description: d.description, params: resolveScenario(d, extra) }));
  return { scenarios, replicates, seed };
}

/** What determines a run or compare folder's contents: refolding it needs no --force. */
function runPlan(command: string, prep: Prepared, extra: unknown = null): string {
  return deriveSeed('cli-plan', JSON.stringify({ command, scenarios: prep.scenarios, replicates: prep.replicates, seed: prep.seed, extra })).toString(16);
}

/** The same file names as `experiment`: run-month rows in series.csv, one row per run in runs.csv. */
function writeOutputs(dir: string, command: string, prep: Prepared, runs: CompletedRun[]): void {
  let csv = csvHeader();
  for (const r of runs) csv += csvRows(r);
  writeFileAtomic(join(dir, 'series.csv'), csv);
  writeFileAtomic(join(dir, 'runs.csv'), runTable(runs));
  writeFileAtomic(
    join(dir, 'metadata.json'),
    metadata({ version: VERSION, command, experimentSeed: prep.seed, replicates: prep.replicates, scenarios: prep.scenarios, runs }),
  );
}

function comparisonCsv(rows: ComparisonRow[], a: string, b: string): string {
  const head = ['metric', 'year', `${a}_mean`, `${a}_lo95`, `${a}_hi95`, `${b}_mean`, `${b}_lo95`, `${b}_hi95`, 'diff', 'diff_lo95', 'diff_hi95', 'n_a', 'n_b'];
  const lines = rows.map((r) =>
    [r.metric, r.year, r.a.mean, r.a.lo, r.a.hi, r.b.mean, r.b.lo, r.b.hi, r.diff.diff, r.diff.lo, r.diff.hi, r.a.n, r.b.n]
      .map((v) => (typeof v === 'number' ? formatNumber(v) : v))
      .join(','),
  );
  return head.join(',') + '\n' + lines.join('\n') + '\n';
}

function commonOptions(cmd: Command, defaultOut: string): Command {
  return cmd
    .option('-r, --replicates <n>', 'replicates per scenario', '30')
    .option('--seed <n>', 'experiment seed (each run seed is derived from it, the scenario and the replicate)', '20150718')
    .option('--months <n>', 'horizon in months (default: the months parameter, 120)')
    .addOption(new Option('--set <name=value>', 'override a parameter (repeatable); see `collabsim params`').argParser((v: string, acc: string[] = []) => [...acc, v]).default([]))
    .option('-o, --out <dir>', 'output folder', defaultOut)
    .option('--force', 'replace a non-empty --out folder that holds other results')
    .option('--check', 'check the model invariants every month; a violation stops with the month, the invariant and the values');
}

export function buildProgram(): Command {
  const program = new Command('collabsim')
    .description('Simulate collaborative governance of the Serengan blangkon cluster, with and without a binding MoU.')
    .version(VERSION)
    .showHelpAfterError(false)
    .showSuggestionAfterError(false)
    .exitOverride()
    // Usage errors read like every other user error: "collabsim: error: ...". Set before
    // the subcommands are added, which copy these settings.
    .configureOutput({ writeErr: (s) => process.stderr.write(s.replace(/^error: /, 'collabsim: error: ')) });

  commonOptions(
    program.command('run').argument('[scenario]', 'preset name or scenario .json file', 'status-quo').description('Run one scenario R times; write tidy run-month CSV and metadata.'),
    'out/run',
  ).action(async (scenario: string, o: CommonOpts) => {
    const prep = prepare([scenario], o);
    const out = outPath(o.out, 'out/run');
    const claim = { command: 'run', plan: runPlan('run', prep) };
    checkTarget(out, claim, o.force === true);
    const specs = planRuns(prep.scenarios, prep.replicates, prep.seed);
    const bar = progressReporter('run');
    const runs = executeRuns(specs, bar.update, o.check === true);
    bar.stop();
    await writeFolder(out, claim, o.force === true, (dir) => {
      writeOutputs(dir, recordedCommand(), prep, runs);
      writeRunsReport(dir, { version: VERSION, command: recordedCommand(), prep, runs });
    });
    process.stdout.write(`${runs.length} runs of ${scenario}: ${['series.csv', 'runs.csv', 'metadata.json', 'report.html'].map((f) => join(out, f)).join(', ')}\n`);
  });

  commonOptions(
    program
      .command('compare')
      .argument('<a>', 'baseline scenario (preset or .json file)')
      .argument('<b>', 'alternative scenario (preset or .json file)')
      .option('--years <list>', 'calendar years to compare, comma-separated', '2014,2021')
      .option('--control <scenario>', 'also compare B against this control scenario (e.g. status-quo-equal-spending: the same public money without binding)')
      .description('Run two scenarios (and a control) R times each with common random numbers; print means with 95 % intervals and B - A with a paired 95 % confidence interval.'),
    'out',
  ).action(async (a: string, b: string, o: CommonOpts & { years: string; control?: string }) => {
    const prep = prepare(o.control !== undefined ? [a, b, o.control] : [a, b], o);
    const years = o.years.split(',').map((y) => {
      const n = Number(y.trim());
      if (y.trim() === '' || !Number.isInteger(n)) throw new InputError('--years', 'comma-separated calendar years, e.g. 2014,2021', o.years);
      return n;
    });
    for (const s of prep.scenarios) checkYears(years, s.params.startYear, s.params.months);
    const out = outPath(o.out, 'out');
    const claim = { command: 'compare', plan: runPlan('compare', prep, years) };
    checkTarget(out, claim, o.force === true);
    const specs = planRuns(prep.scenarios, prep.replicates, prep.seed);
    const bar = progressReporter('compare');
    const runs = executeRuns(specs, bar.update, o.check === true);
    bar.stop();
    const [na, nb] = [prep.scenarios[0].name, prep.scenarios[1].name];
    const rows = compareScenarios(runs, na, nb, TABLE_METRICS, years);
    const nc = prep.scenarios[2]?.name;
    const control = nc === undefined ? undefined : { a: nc, b: nb, rows: compareScenarios(runs, nc, nb, TABLE_METRICS, years) };
    await writeFolder(out, claim, o.force === true, (dir) => {
      writeOutputs(dir, recordedCommand(), prep, runs);
      writeFileAtomic(join(dir, 'comparison.csv'), comparisonCsv(rows, na, nb));
      if (control) writeFileAtomic(join(dir, 'comparison-control.csv'), comparisonCsv(control.rows, control.a, control.b));
      writeRunsReport(dir, { version: VERSION, command: recordedCommand(), prep, runs, comparison: { a: na, b: nb, rows }, control });
    });
    process.stdout.write(formatComparison(rows, na, nb, prep.replicates, prep.scenarios[0].params));
    if (control) {
      process.stdout.write(`\nAgainst the control "${control.a}" (what "${nb}" adds beyond it):\n`);
      process.stdout.write(formatComparison(control.rows, control.a, nb, prep.replicates, prep.scenarios[0].params));
    }
    const files = ['series.csv', 'runs.csv', 'comparison.csv', ...(control ? ['comparison-control.csv'] : []), 'metadata.json', 'report.html'];
    process.stdout.write(`\nFiles: ${files.map((f) => join(out, f)).join(', ')}\n`);
  });

  program
    .command('scenarios')
    .description('List the named scenarios.')
    .option('--json', 'print as JSON')
    .action((o: { json?: boolean }) => {
      if (o.json) return void process.stdout.write(JSON.stringify(PRESETS, null, 2) + '\n');
      const w = Math.max(...PRESETS.map((s) => s.name.length));
      for (const s of PRESETS) {
        const over = Object.entries(s.params).map(([k, v]) => `${k}=${v}`).join(' ');
        process.stdout.write(`${s.name.padEnd(w)}  ${s.description}${s.base ? ` [base: ${s.base}]` : ''}${over ? ` {${over}}` : ''}\n`);
      }
    });

  program
    .command('params')
    .description('List every parameter with unit, default, range and source.')
    .option('--json', 'print as JSON')
    .action((o: { json?: boolean }) => {
      if (o.json) return void process.stdout.write(JSON.stringify(PARAMS, null, 2) + '\n');
      let group = '';
      for (const d of PARAMS) {
        if (d.group !== group) process.stdout.write(`\n[${(group = d.group)}]\n`);
        process.stdout.write(`  ${d.name} = ${d.default}  (${expectation(d)})\n      ${d.description}\n      source: ${d.source}\n`);
      }
    });

  registerExperimentCommands(program, VERSION, (code) => (commandExit = code));
  registerAnalysisCommands(program, VERSION);
  registerExplore(program);
  return program;
}

/**
 * A message as printed: one line (line breaks of any kind and other control
 * characters escaped) and at most about 1000 characters, so a 100 KB argument is not
 * echoed whole.
 */
function shown(message: string): string {
  const one = message.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return one.length <= 1000 ? one : `${one.slice(0, 800)}… (${one.length} characters)`;
}

/** Exit code set by a command that finished but must report failure (e.g. some runs failed). */
let commandExit = 0;

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return commandExit;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version "errors" are normal exits; the rest are usage errors, already printed.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`collabsim: error: ${shown(e.message)}\n`);
      return 2;
    }
    process.stderr.write(`collabsim: run failed: ${shown(String((e as Error).message ?? e))}\n`);
    if (process.env.COLLABSIM_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 1;
  }
}

// A closed pipe (e.g. `collabsim params | head`) is a normal end, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
