/**
 * Analysis commands: `sensitivity` (Morris, Sobol), `calibrate` (ABC-SMC against the
 * Serengan data) and `discover` (PRIM over experiment results).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { abcSmc, posteriorSummary } from '../analysis/abc.js';
import { analyzeMorris } from '../analysis/morris.js';
import { prim } from '../analysis/prim.js';
import { analyzeSobol } from '../analysis/sobol.js';
import { problemFromParams } from '../design/problem.js';
import { deriveSeed } from '../engine/rng.js';
import { designProblem, designRows, makePlan } from '../experiments/plan.js';
import { parseExperimentText } from '../experiments/spec.js';
import { runModel } from '../model.js';
import { OUTCOME_NAMES, type OutcomeName } from '../outcomes.js';
import { formatNumber } from '../output/csv.js';
import { writeFileAtomic } from '../output/files.js';
import { addFiles, checkTarget, folderClaim, outPath, writeFolder } from '../output/folder.js';
import { InputError, withOverrides, type Params } from '../params/index.js';
import { executePlan, experimentClaim, readState, workFolder } from '../runner/execute.js';
import { openResults, parseMetric, pointValues, scenarioIndex, type ExperimentResults } from '../runner/results.js';
import { findPreset, resolveScenario } from '../scenarios/index.js';
import { recordedCommand } from './command.js';
import { compileWhere } from './where.js';
import { loadExperiment, writeExperimentReport } from './experiment.js';
import { progressReporter } from './progress.js';
import { calibrationSection, morrisSection, primSection, sobolSection } from '../report/adapters.js';
import { experimentScenarioSummaries } from '../report/experiment.js';
import type { MorrisResult, SobolResult } from '../report/types.js';
import { reportHtml, writeReport } from '../report/write.js';

function csvOf(header: string[], rows: (string | number)[][]): string {
  return header.join(',') + '\n' + rows.map((r) => r.map((v) => (typeof v === 'number' ? formatNumber(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n') + '\n';
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Runs (or resumes, or reuses) the experiment into `out` and opens its results. */
async function ensureResults(file: string, out: string, workers: number | undefined, force: boolean, version: string): Promise<ExperimentResults> {
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

/** Y per design point: one scenario, or the difference B - A of two. */
function targetValues(res: ExperimentResults, metricText: string, target: string): { y: Float64Array; within: number } {
  const metric = parseMetric(metricText, res.plan);
  const diff = /^(.+)-minus-(.+)$/.exec(target);
  if (diff) {
    const b = pointValues(res, metric, scenarioIndex(res.plan, diff[1], '--target'));
    const a = pointValues(res, metric, scenarioIndex(res.plan, diff[2], '--target'));
    const y = b.mean.map((v, i) => v - a.mean[i]);
    const within = mean(b.variance.map((v, i) => v / Math.max(1, b.n[i]) + a.variance[i] / Math.max(1, a.n[i])));
    return { y, within };
  }
  const s = pointValues(res, metric, scenarioIndex(res.plan, target, '--target'));
  return { y: s.mean, within: mean(s.variance.map((v, i) => v / Math.max(1, s.n[i]))) };
}

function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

function variance(xs: ArrayLike<number>): number {
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i] - m) ** 2;
  return s / Math.max(1, xs.length - 1);
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
    .description('Which parameters matter? Morris elementary effects or Sobol indices over an experiment\'s design.')
    .action(async (file: string, o: { out?: string; workers?: string; metric: string; target?: string; resamples: string; force?: boolean }) => {
      const e = loadExperiment(file);
      if (e.design.type !== 'saltelli' && e.design.type !== 'morris')
        throw new InputError(`${file}: design.type`, 'saltelli (Sobol indices) or morris (elementary effects)', e.design.type);
      const resamples = Number(o.resamples);
      if (!Number.isInteger(resamples) || resamples < 10 || resamples > 100000) throw new InputError('--resamples', 'an integer from 10 to 100000', o.resamples);
      const out = outPath(o.out, `out/${e.name}`);
      const res = await ensureResults(file, out, workersOption(o.workers), o.force === true, version);
      const problem = designProblem(e);
      const targets = o.target ? o.target.split(',').map((t) => t.trim()) : e.scenarios.map((s) => s.name);
      const rows: (string | number)[][] = [];
      const json: unknown[] = [];
      const lines: string[] = [];
      const morrisSections: MorrisResult[] = [];
      const sobolSections: SobolResult[] = [];
      for (const metricText of o.metric.split(',').map((m) => m.trim())) {
        for (const target of targets) {
          const { y: perPoint, within } = targetValues(res, metricText, target);
          // The estimators need one value per design row; equal rows share their point's.
          const y = Float64Array.from(res.plan.rowPoint, (k) => perPoint[k]);
          const total = within + variance(y);
          const noise = total > 0 ? within / total : 0;
          lines.push(`\n${metricText} [${target}] — noise share ${(100 * noise).toFixed(1)} % (replicate variance of the point means / total)`);
          if (e.design.type === 'saltelli') {
            const si = analyzeSobol(problem, y, { secondOrder: e.design.secondOrder, resamples, seed: deriveSeed(e.seed, 'sobol-bootstrap') });
            lines.push(`  ${pad('parameter', 24)}${pad('S1', 18)}ST`);
            si.names.forEach((n, k) => {
              rows.push([metricText, target, 'sobol', n, si.S1[k], si.S1conf[k], si.ST[k], si.STconf[k], noise]);
              lines.push(`  ${pad(n, 24)}${pad(`${si.S1[k].toFixed(3)} ± ${si.S1conf[k].toFixed(3)}`, 18)}${si.ST[k].toFixed(3)} ± ${si.STconf[k].toFixed(3)}`);
            });
            json.push({ metric: metricText, target, method: 'sobol', noiseShare: noise, ...si });
            sobolSections.push(sobolSection(si, `${metricText} [${target}]`));
          } else {
            const X = designRows(e);
            const mo = analyzeMorris(problem, X, y, { levels: e.design.levels, resamples, seed: deriveSeed(e.seed, 'morris-bootstrap') });
            lines.push(`  ${pad('parameter', 24)}${pad('mu*', 20)}${pad('mu', 10)}sigma`);
            const order = mo.names.map((_, k) => k).sort((a, b) => mo.muStar[b] - mo.muStar[a]);
            for (const k of order) {
              rows.push([metricText, target, 'morris', mo.names[k], mo.mu[k], mo.muStar[k], mo.muStarConf[k], mo.sigma[k], noise]);
              lines.push(`  ${pad(mo.names[k], 24)}${pad(`${mo.muStar[k].toFixed(3)} ± ${mo.muStarConf[k].toFixed(3)}`, 20)}${pad(mo.mu[k].toFixed(3), 10)}${mo.sigma[k].toFixed(3)}`);
            }
            const { effects: _effects, ...rest } = mo;
            json.push({ metric: metricText, target, method: 'morris', noiseShare: noise, ...rest });
            morrisSections.push(morrisSection(mo, `${metricText} [${target}]`, undefined, e.design.levels));
          }
        }
      }
      const header =
        e.design.type === 'saltelli'
          ? ['metric', 'target', 'method', 'parameter', 'S1', 'S1_conf95', 'ST', 'ST_conf95', 'noiseShare']
          : ['metric', 'target', 'method', 'parameter', 'mu', 'muStar', 'muStar_conf95', 'sigma', 'noiseShare'];
      addFiles(
        out,
        {
          'sensitivity.csv': csvOf(header, rows),
          'sensitivity.json': JSON.stringify(json, null, 2) + '\n',
          'report.html': reportHtml({
        version,
        command: recordedCommand(),
        experimentSeed: e.seed,
        replicates: e.replicates,
        scenarios: experimentScenarioSummaries(res.plan, (g) => res.reader.group(g)),
        seeds: [],
        morris: morrisSections.length ? morrisSections : undefined,
        sobol: sobolSections.length ? sobolSections : undefined,
          }),
        },
        '--out',
      );
      process.stdout.write(
        `${e.design.type === 'saltelli' ? 'Sobol indices (Saltelli 2010 S1, Jansen ST; ± = 95 % bootstrap half-width)' : 'Morris elementary effects (mu* = mean |effect|, per unit of the normalised range; ± = 95 % bootstrap)'}; replicates averaged per design point.` +
          lines.join('\n') +
          `\n\nFiles: ${join(out, 'sensitivity.csv')}, ${join(out, 'sensitivity.json')}, ${join(out, 'report.html')}\n`,
      );
    });

  program
    .command('calibrate')
    .argument('<file>', 'calibration file (YAML/JSON): scenario, parameters with prior ranges, ABC settings')
    .option('-o, --out <dir>', 'output folder (default: out/<name>)')
    .option('--force', 'replace a non-empty --out folder that holds other results')
    .description('Fit parameters to the Serengan data (Table 1.2) by ABC-SMC: posterior, credible intervals, posterior predictive.')
    .action(async (file: string, o: { out?: string; force?: boolean }) => {
      const c = loadCalibration(file);
      const out = outPath(o.out, `out/${c.name}`);
      const claim = { command: 'calibrate', plan: deriveSeed('calibrate', JSON.stringify(c)).toString(16) };
      checkTarget(out, claim, o.force === true);
      const problem = problemFromParams(c.parameters.map((p) => p.name), `${file}: parameters`);
      c.parameters.forEach((p, k) => {
        if (p.range) problem.bounds[k] = p.range;
      });
      const simulateYears = (theta: number[], seed: number) => {
        const over: Record<string, number> = {};
        theta.forEach((v, k) => (over[problem.names[k]] = problem.integer?.[k] ? Math.round(v) : v));
        const params = withOverrides(c.base, over);
        return yearlyFit(runModel(params, seed).series, params, c.years);
      };
      const obs = c.observations;
      const distance = (sim: number[][]) => {
        // Root mean square relative error over years x (producers, workers, production).
        let s = 0;
        let n = 0;
        sim.forEach((row, y) =>
          row.forEach((v, k) => {
            s += ((v - obs[y][k]) / obs[y][k]) ** 2;
            n++;
          }),
        );
        return Math.sqrt(s / n);
      };
      const t0 = Date.now();
      let sims = 0;
      const result = abcSmc({
        prior: problem,
        simulate: (theta, seed) => {
          if (++sims % 2000 === 0) process.stderr.write(`calibrate: ${sims} simulations\n`);
          return distance(simulateYears(theta, seed));
        },
        particles: c.particles,
        populations: c.populations,
        maxSimulations: c.maxSimulations,
        seed: c.seed,
      });
      const last = result.populations[result.populations.length - 1];
      const summary = posteriorSummary(last, problem.names);
      // Posterior predictive: simulate posterior draws, compare 2012-2014 bands with the data.
      const draws = Math.min(200, last.particles.length);
      const pred: number[][][] = [];
      for (let k = 0; k < draws; k++) pred.push(simulateYears(last.particles[k], deriveSeed(c.seed, 'predictive', k)));
      const predictive = c.years.flatMap((year, y) =>
        ['producers', 'workers', 'productionPerDay'].map((m, k) => {
          const v = pred.map((p) => p[y][k]).sort((a, b) => a - b);
          const q = (p: number) => v[Math.min(v.length - 1, Math.floor(p * v.length))];
          return { year, metric: m, observed: obs[y][k], q05: q(0.05), median: q(0.5), q95: q(0.95) };
        }),
      );
      const median = Object.fromEntries(summary.map((s) => [s.name, problem.integer?.[problem.names.indexOf(s.name)] ? Math.round(s.median) : s.median]));
      await writeFolder(out, claim, o.force === true, (dir) => {
        writeFileAtomic(
          join(dir, 'posterior.csv'),
          csvOf(['population', 'weight', 'distance', ...problem.names], last.particles.map((p, k) => [last.t, last.weights[k], last.distances[k], ...p])),
        );
        writeFileAtomic(join(dir, 'posterior-design.csv'), csvOf(problem.names, last.particles.map((p) => p.map((v, k) => (problem.integer?.[k] ? Math.round(v) : v)))));
        writeFileAtomic(join(dir, 'predictive.csv'), csvOf(['year', 'metric', 'observed', 'q05', 'median', 'q95'], predictive.map((r) => [r.year, r.metric, r.observed, r.q05, r.median, r.q95])));
        writeFileAtomic(
          join(dir, 'calibrated-scenario.json'),
          JSON.stringify({ name: 'calibrated', description: `Posterior medians of ${c.name} (ABC-SMC on Table 1.2)`, base: c.scenario, params: { ...c.fixed, ...median } }, null, 2) + '\n',
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
              seconds: (Date.now() - t0) / 1000,
              populations: result.populations.map((p) => ({ t: p.t, epsilon: p.epsilon, acceptanceRate: p.acceptanceRate, ess: p.ess, simulations: p.simulations })),
              posterior: summary,
              predictive,
            },
            null,
            2,
          ) + '\n',
        );
        writeReport(dir, {
          version,
          command: recordedCommand(),
          experimentSeed: c.seed,
          replicates: 0,
          scenarios: [],
          seeds: [],
          calibration: calibrationSection(
            { names: problem.names, posterior: { particles: last.particles, weights: last.weights, epsilon: last.epsilon } },
            problem.bounds,
            (['producers', 'workers', 'productionPerDay'] as const).map((metric, k) => {
              const at = (y: number) => pred.map((p) => p[y][k]).sort((a, b) => a - b);
              const q = (v: number[], p: number) => v[Math.min(v.length - 1, Math.floor(p * v.length))];
              return {
                metric,
                years: c.years,
                q05: c.years.map((_, y) => q(at(y), 0.05)),
                q25: c.years.map((_, y) => q(at(y), 0.25)),
                median: c.years.map((_, y) => q(at(y), 0.5)),
                q75: c.years.map((_, y) => q(at(y), 0.75)),
                q95: c.years.map((_, y) => q(at(y), 0.95)),
              };
            }),
          ),
        });
      });
      const lines = [
        `ABC-SMC: ${result.populations.length} populations, ${result.simulations} simulations, final epsilon ${last.epsilon.toFixed(4)} (stopped by ${result.stoppedBy}), ${((Date.now() - t0) / 1000).toFixed(1)} s`,
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
    });

  program
    .command('discover')
    .argument('<results>', 'output folder of a finished experiment')
    .requiredOption('--where <expr>', 'condition per design point, e.g. "v(\'producers\',120,\'mou\') >= 1.2 * v(\'producers\',120,\'status-quo\')"')
    .option('--threshold <x>', 'density a box must reach', '0.8')
    .option('--alpha <x>', 'peeling share', '0.05')
    .option('--min-mass <x>', 'smallest share of points a box may hold', '0.05')
    .description('When does an MoU work? PRIM scenario discovery over an experiment\'s design points.')
    .action((dir: string, o: { where: string; threshold: string; alpha: string; minMass: string }) => {
      const res = openResults(dir);
      const plan = res.plan;
      const num = (v: string, field: string, lo: number, hi: number) => {
        const x = Number(v);
        if (!Number.isFinite(x) || x < lo || x > hi) throw new InputError(field, `a number in [${lo}, ${hi}]`, v);
        return x;
      };
      const threshold = num(o.threshold, '--threshold', 0, 1);
      const peelAlpha = num(o.alpha, '--alpha', 0.001, 0.5);
      const massMin = num(o.minMass, '--min-mass', 0, 1);
      const names = [...new Set(plan.points.flatMap((p) => Object.keys(p.values)))].filter((n) => plan.points.every((p) => typeof p.values[n] === 'number'));
      if (names.length === 0) throw new InputError(dir, 'an experiment with numeric design parameters');
      const cache = new Map<string, Float64Array>();
      const value = (outcome: string, month: number, scenario: string, p: number) => {
        const key = `${outcome}@${month}|${scenario}`;
        let arr = cache.get(key);
        if (!arr) {
          if (!OUTCOME_NAMES.includes(outcome as OutcomeName)) throw new InputError('--where', `outcomes among ${OUTCOME_NAMES.join(', ')}`, outcome);
          arr = pointValues(res, parseMetric(`${outcome}@${month}`, plan, '--where'), scenarioIndex(plan, scenario, '--where')).mean;
          cache.set(key, arr);
        }
        return arr[p];
      };
      const where = compileWhere(o.where);
      const y = plan.points.map((_, p) => where((outcome, month, scenario) => value(outcome, month, scenario, p)));
      const X = plan.points.map((p) => names.map((n) => p.values[n] as number));
      const result = prim(X, names, y, { peelAlpha, threshold, massMin });
      const cases = y.filter(Boolean).length;
      // Added to the experiment's folder as one set (the experiment's own files are untouched).
      addFiles(
        dir,
        {
          'prim.json': JSON.stringify({ where: o.where, cases, points: y.length, ...result }, null, 2) + '\n',
          'prim-trajectory.csv': csvOf(['step', 'coverage', 'density', 'mass', 'restrictedDims'], result.trajectory.map((s, k) => [k, s.coverage, s.density, s.mass, s.restrictedDims])),
          'report.html': reportHtml({
            version,
            command: recordedCommand(),
            experimentSeed: plan.experiment.seed,
            replicates: plan.experiment.replicates,
            scenarios: experimentScenarioSummaries(plan, (g) => res.reader.group(g)),
            seeds: [],
            prim: [primSection(result, o.where)],
          }),
        },
        'results',
      );
      const box = result.box;
      const lines = [
        `PRIM: ${cases} of ${y.length} design points meet the condition (base density ${(cases / y.length).toFixed(3)}).`,
        `Chosen box (step ${box.step}): coverage ${box.coverage.toFixed(3)}, density ${box.density.toFixed(3)}, mass ${box.mass.toFixed(3)}${box.meetsThreshold ? '' : ' (below the density threshold)'}`,
        ...(box.limits.length ? box.limits : []).map((l) => `  ${pad(l.name, 26)}${l.kind === 'categorical' ? l.values.join(', ') : `[${l.min.toPrecision(4)}, ${l.max.toPrecision(4)}]`}`),
        ...(box.limits.length ? [] : ['  (no restriction: the whole design)']),
        '',
        'Peeling trajectory (coverage / density): ' + result.trajectory.filter((_, k) => k % Math.max(1, Math.floor(result.trajectory.length / 8)) === 0).map((s) => `${s.coverage.toFixed(2)}/${s.density.toFixed(2)}`).join('  '),
        `Files: ${join(dir, 'prim.json')}, ${join(dir, 'prim-trajectory.csv')}, ${join(dir, 'report.html')}`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    });
}

interface Calibration {
  name: string;
  scenario: string;
  base: Params;
  fixed: Record<string, unknown>;
  parameters: { name: string; range?: [number, number] }[];
  years: number[];
  observations: number[][];
  particles: number;
  populations: number;
  maxSimulations: number;
  seed: number;
}

/** Yearly means (12 months) of producers, workers and production per day. */
function yearlyFit(series: ReturnType<typeof runModel>['series'], p: Params, years: number[]): number[][] {
  return years.map((year) => {
    const first = (year - p.startYear) * 12;
    return (['producers', 'workers', 'productionPerDay'] as const).map((m) => {
      let s = 0;
      for (let k = first; k < first + 12; k++) s += series.get(m, k);
      return s / 12;
    });
  });
}

function loadCalibration(file: string): Calibration {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(file, 'a readable calibration file', (e as NodeJS.ErrnoException).code);
  }
  const raw = parseExperimentText(text, file) as Record<string, unknown>;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(file, 'a mapping (object)');
  const allowed = ['name', 'description', 'scenario', 'set', 'parameters', 'data', 'particles', 'populations', 'maxSimulations', 'seed'];
  for (const k of Object.keys(raw)) if (!allowed.includes(k)) throw new InputError(`${file}: ${k}`, `no such key (allowed: ${allowed.join(', ')})`);
  const f = (k: string) => `${file}: ${k}`;
  const int = (k: string, d: number, lo: number, hi: number) => {
    const v = raw[k] ?? d;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new InputError(f(k), `an integer in [${lo}, ${hi}]`, v);
    return v;
  };
  const name = (raw.name as string) ?? 'calibration';
  if (typeof name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(name) || /^\.\.?$/.test(name)) throw new InputError(f('name'), 'a name of letters, digits, . _ - (not . or ..)', raw.name);
  const scenario = (raw.scenario as string) ?? 'status-quo';
  const preset = findPreset(scenario);
  if (!preset) throw new InputError(f('scenario'), 'a preset scenario name', scenario);
  const fixed = (raw.set as Record<string, unknown>) ?? {};
  const base = resolveScenario(preset, fixed, f('set'));
  if (!Array.isArray(raw.parameters) || raw.parameters.length === 0) throw new InputError(f('parameters'), 'a list of {name, range?}');
  const parameters = (raw.parameters as unknown[]).map((p, k) => {
    const at = f(`parameters[${k}]`);
    if (typeof p !== 'object' || p === null) throw new InputError(at, '{name, range?}');
    const o = p as Record<string, unknown>;
    if (typeof o.name !== 'string') throw new InputError(`${at}.name`, 'a parameter name');
    if (o.range !== undefined) {
      const r = o.range as unknown[];
      if (!Array.isArray(r) || r.length !== 2 || !r.every((x) => typeof x === 'number' && Number.isFinite(x)) || !((r[0] as number) < (r[1] as number)))
        throw new InputError(`${at}.range`, '[low, high] with low < high', o.range);
      withOverrides(base, { [o.name]: r[0] }, at);
      withOverrides(base, { [o.name]: r[1] }, at);
    }
    return { name: o.name, range: o.range as [number, number] | undefined };
  });
  const dataPath = (raw.data as string) ?? resolve(dirname(new URL(import.meta.url).pathname), '../../data/serengan.json');
  const dataFile = raw.data ? resolve(dirname(resolve(file)), dataPath) : dataPath;
  if (!existsSync(dataFile)) throw new InputError(f('data'), 'a readable data file like data/serengan.json', dataPath);
  const data = JSON.parse(readFileSync(dataFile, 'utf8')) as { observations: { year: number; producers: number; workers: number; productionPerDay: number }[] };
  const obs = data.observations;
  return {
    name,
    scenario,
    base,
    fixed,
    parameters,
    years: obs.map((x) => x.year),
    observations: obs.map((x) => [x.producers, x.workers, x.productionPerDay]),
    particles: int('particles', 200, 10, 100000),
    populations: int('populations', 8, 1, 100),
    maxSimulations: int('maxSimulations', 20000, 100, 10000000),
    seed: int('seed', 1, 0, Number.MAX_SAFE_INTEGER),
  };
}
