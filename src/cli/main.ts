/**
 * The command line: the only code that reads argv, touches files for the user and
 * prints to the terminal. User errors become one line on stderr and exit code 2;
 * anything unexpected is exit code 1 (stack trace only with COLLABSIM_DEBUG=1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { checkYears, compareAll, COMPARED_METRICS, withSpread, type Comparison } from '../analysis/compare.js';
import { checkTarget, outPath, type FolderClaim } from '../output/folder.js';
import { recordedCommand } from './command.js';
import { declaration, expectation, InputError, PARAMS, parseValue } from '../params/index.js';
import { makePlan, type Plan } from '../experiments/plan.js';
import type { Experiment } from '../experiments/spec.js';
import { findPreset, PRESETS, scenarioFromJson, type ScenarioDef } from '../scenarios/index.js';
import { registerAnalysisCommands } from './analysis.js';
import { registerExperimentCommands, writeExperimentReport } from './experiment.js';
import { progressReporter } from './progress.js';
import { formatComparison, formatCosts } from './table.js';
import { registerExplore } from './explore.js';
import { VERSION } from '../version.js';
import { tuneV8, tuneV8ForTables } from './v8.js';


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

/**
 * The experiment a `run` or `compare` command stands for: its scenarios (presets by
 * name, files by their definition), replicates, seed and `--set`/`--months`, checked
 * and normalised by the same code as an experiment file, so both give the same runs,
 * seeds and files (`run mou --seed 7` = an experiment with `scenarios: [mou]`, seed 7).
 */
async function scenarioExperiment(command: string, args: readonly string[], o: CommonOpts, designFile?: string): Promise<Experiment> {
  const { checkExperiment } = await import('../experiments/spec.js');
  const replicates = intOption(o.replicates, '--replicates', 1, 100000);
  const seed = intOption(o.seed, '--seed', 0, Number.MAX_SAFE_INTEGER);
  const set = parseSets(o.set);
  if (o.months !== undefined && 'months' in set) throw new InputError('--months', 'either --months or --set months=..., not both');
  if (o.months !== undefined) set.months = parseValue(declaration('months')!, o.months, '--months');
  const defs = args.map(loadScenario);
  const names = new Set<string>();
  for (const d of defs) {
    if (names.has(d.name)) throw new InputError('scenario', 'distinct scenario names', d.name);
    names.add(d.name);
  }
  const scenarios = defs.map((d) => (findPreset(d.name) === d ? d.name : { name: d.name, description: d.description, ...(d.base ? { base: d.base } : {}), params: d.params }));
  const design = designFile === undefined ? {} : { design: { type: 'csv', file: designFile } };
  const raw = { name: command, description: `collabsim ${command} ${args.join(' ')}`, seed, replicates, scenarios, set, ...design };
  return checkExperiment(raw, command, {
    readText: (rel, field) => {
      try {
        return readFileSync(rel, 'utf8').replace(/^\uFEFF/, '');
      } catch (e) {
        throw new InputError(field, 'a readable file', (e as NodeJS.ErrnoException).code);
      }
    },
  });
}

/**
 * Runs a `run`/`compare` experiment through the one pipeline (plan → runner →
 * assembly), into `out`. Any failed run fails the command and leaves what `out` held.
 */
async function runScenarioExperiment(
  plan: Plan,
  out: string,
  claim: FolderClaim,
  o: CommonOpts & { workers?: string },
  label: string,
  finish: (dir: string) => Promise<void>,
): Promise<void> {
  checkTarget(out, claim, o.force === true);
  const workers = o.workers === undefined ? undefined : intOption(o.workers, '--workers', 1, 1024);
  const bar = progressReporter(label);
  const { executePlan } = await import('../runner/execute.js');
  try {
    await executePlan({ plan, out, workers, force: true, claim, version: VERSION, onProgress: bar.update, check: o.check === true, allOk: true, onRunsDone: tuneV8ForTables, finish });
  } finally {
    bar.stop();
  }
}

function commonOptions(cmd: Command, defaultOut: string): Command {
  return cmd
    .option('-r, --replicates <n>', 'replicates per scenario', '30')
    .option('--seed <n>', 'experiment seed (each run seed is derived from it, the scenario and the replicate)', '20150718')
    .option('--months <n>', 'horizon in months (default: the months parameter, 120)')
    .addOption(new Option('--set <name=value>', 'override a parameter (repeatable); see `collabsim params`').argParser((v: string, acc: string[] = []) => [...acc, v]).default([]))
    .option('-o, --out <dir>', 'output folder', defaultOut)
    .option('--force', 'replace a non-empty --out folder that holds other results')
    .option('-w, --workers <n>', 'worker threads (default: available cores, or this thread for a small job)')
    .option('--check', 'check the model invariants every month; a violation stops with the month, the invariant and the values');
}

export function buildProgram(): Command {
  const program = new Command('collabsim')
    .description('Simulate collaborative governance of the Serengan blangkon cluster, with and without a binding MoU.')
    .version(VERSION)
    .showHelpAfterError(false)
    .showSuggestionAfterError(false)
    .exitOverride()
    // Usage errors read like every other user error: "collabsim: error: ...", one line
    // (an unknown option can hold line breaks). Set before the subcommands are added,
    // which copy these settings.
    .configureOutput({ writeErr: (s) => process.stderr.write(`${shown(s.replace(/\n$/, '').replace(/^error: /, 'collabsim: error: '))}\n`) });

  commonOptions(
    program.command('run').argument('[scenario]', 'preset name or scenario .json file', 'status-quo').description('Run one scenario R times; write tidy run-month CSV and metadata.'),
    'out/run',
  ).action(async (scenario: string, o: CommonOpts & { workers?: string }) => {
    const plan = makePlan(await scenarioExperiment('run', [scenario], o));
    const out = outPath(o.out, 'out/run');
    const command = recordedCommand();
    await runScenarioExperiment(plan, out, { command: 'run', plan: plan.hash }, o, 'run', (dir) => writeExperimentReport(dir, plan, VERSION, { command }));
    process.stdout.write(`${plan.runCount} runs of ${scenario}: ${['series.csv', 'runs.csv', 'experiment.json', 'report.html'].map((f) => join(out, f)).join(', ')}\n`);
  });

  commonOptions(
    program
      .command('compare')
      .argument('<baseline>', 'baseline scenario (preset or .json file)')
      .argument('<alternatives...>', 'one or more alternative scenarios (presets or .json files)')
      .option('--years <list>', 'calendar years to compare, comma-separated', '2014,2021')
      .option('--control <scenario>', 'also compare each alternative against this control scenario (e.g. status-quo-equal-spending: the same public money without binding)')
      .option('--posterior <dir>', 'output folder of `collabsim calibrate`: run at each of its posterior particles, so bands and differences carry the calibrated parameters\' uncertainty too')
      .description('Run a baseline and alternatives R times each with common random numbers; print means with 95 % intervals and each alternative minus the baseline with a paired 95 % confidence interval, in units and %.'),
    'out',
  ).action(async (baseline: string, alternatives: string[], o: CommonOpts & { years: string; control?: string; workers?: string; posterior?: string }) => {
    const args = [baseline, ...alternatives];
    if (o.control !== undefined && !args.includes(o.control)) args.push(o.control);
    const posterior = o.posterior === undefined ? undefined : join(o.posterior, 'posterior-design.csv');
    if (posterior !== undefined && !existsSync(posterior)) throw new InputError('--posterior', 'an output folder of `collabsim calibrate` (with posterior-design.csv)', o.posterior);
    const e = await scenarioExperiment('compare', args, o, posterior);
    const years = o.years.split(',').map((y) => {
      const n = Number(y.trim());
      if (y.trim() === '' || !Number.isInteger(n)) throw new InputError('--years', 'comma-separated calendar years, e.g. 2014,2021', o.years);
      return n;
    });
    for (const s of e.scenarios) checkYears(years, s.params.startYear, s.params.months);
    const plan = makePlan(e);
    const names = e.scenarios.map((s) => s.name);
    const [base, ...alts] = names.slice(0, 1 + alternatives.length);
    const control = o.control === undefined ? undefined : names[args.indexOf(o.control)];
    const out = outPath(o.out, 'out');
    const command = recordedCommand();
    let comparisons: readonly Comparison[] = [];
    // The years and control shape comparison.csv and the report: part of what the folder holds.
    const claim = { command: 'compare', plan: `${plan.hash}/${years.join(',')}/${control ?? ''}` };
    await runScenarioExperiment(plan, out, claim, o, 'compare', async (dir) => {
      const { openResults, pooledYearlyValues, yearlyValues } = await import('../runner/results.js');
      const res = openResults(dir);
      // With a posterior, every particle is a design point: pairs are pooled over them, and
      // each row also gets the spread of the effect across them.
      comparisons = compareAll(posterior ? pooledYearlyValues(res) : yearlyValues(res), base, alts, COMPARED_METRICS, years, control);
      if (posterior) comparisons = withSpread(comparisons, (k) => yearlyValues(res, k), plan.points.length);
      await writeExperimentReport(dir, plan, VERSION, { command, comparisons, profileYears: years, pooled: posterior !== undefined });
    });
    comparisons.forEach((c, k) => {
      if (k > 0) process.stdout.write(c.control ? `\nAgainst the control "${c.a}" (what "${c.b}" adds beyond it):\n` : '\n');
      process.stdout.write(formatComparison(c.rows, c.a, c.b, plan.runCount / e.scenarios.length, e.scenarios[0].params));
      if (c.costs) process.stdout.write(formatCosts(c.costs, c.a, c.b));
    });
    process.stdout.write(`\nFiles: ${['series.csv', 'runs.csv', 'summary.csv', 'comparison.csv', 'costs.csv', 'experiment.json', 'report.html'].map((f) => join(out, f)).join(', ')}\n`);
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
tuneV8();
process.exitCode = await main(process.argv.slice(2));
