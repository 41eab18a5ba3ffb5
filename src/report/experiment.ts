import { SUMMARY_STATS } from '../analysis/groupSummary.js';
import { pairedInterval, welchInterval, type Difference } from '../analysis/stats.js';
import { dateOf } from '../engine/calendar.js';
import { runIdentity, type Plan } from '../experiments/plan.js';
import { OUTCOME_NAMES, type OutcomeName } from '../outcomes.js';
import { PLOTTED_METRICS, summariseColumns, yearlyOf, type Band, type ScenarioSummary } from './bands.js';
import type { YearStat } from '../analysis/stats.js';
import type { DesignScatter, ReportInput } from './types.js';

/**
 * What the report reads of one group's checkpoint (the runner's GroupRecord has this
 * shape): which runs succeeded, their summary rows and their kept series.
 */
export interface GroupData {
  readonly runs: readonly { readonly ok: boolean }[];
  readonly summary: Float64Array | null;
  readonly series: Float64Array | null;
}

/**
 * Report bands of an experiment without a design (scenarios x replicates), read from
 * its checkpoints: monthly quantiles come from the replicate summaries, yearly
 * statistics from the kept series. Designs over parameters are summarised by the
 * analysis sections instead (a band across design points would mix them).
 */
export function experimentScenarioSummaries(plan: Plan, group: (g: number) => GroupData): ScenarioSummary[] {
  const e = plan.experiment;
  if (e.design.type !== 'none' || e.outputs.months !== 'all' || !e.outputs.summary || !e.outputs.series) return [];
  const nOut = OUTCOME_NAMES.length;
  const K = SUMMARY_STATS.length;
  const M = plan.months.length;
  const at = (stat: (typeof SUMMARY_STATS)[number]) => SUMMARY_STATS.indexOf(stat);
  return e.scenarios.map((s, g) => {
    const rec = group(g);
    const bands: Partial<Record<OutcomeName, Band>> = {};
    const yearly: Partial<Record<OutcomeName, YearStat[]>> = {};
    const okRuns = rec.runs.map((r, k) => (r.ok ? k : -1)).filter((k) => k >= 0);
    for (const metric of PLOTTED_METRICS) {
      const o = OUTCOME_NAMES.indexOf(metric);
      const stat = (name: (typeof SUMMARY_STATS)[number]) => Array.from({ length: M }, (_, j) => rec.summary![(j * nOut + o) * K + at(name)]);
      bands[metric] = { q05: stat('q05'), q25: stat('q25'), q50: stat('median'), q75: stat('q75'), q95: stat('q95') };
      const columns = okRuns.map((k) => Float64Array.from({ length: M }, (_, j) => rec.series![k * M * nOut + j * nOut + o]));
      yearly[metric] = yearlyOf(columns, s.params.startYear, M);
    }
    return { name: s.name, description: s.description, params: s.params, runs: okRuns.length, startYear: s.params.startYear, months: M, bands, yearly };
  });
}

/**
 * Bands of each scenario over every design point and replicate together: with the
 * points of a calibrated posterior (`compare --posterior`), bands that hold the
 * parameters' uncertainty as well as run-to-run noise. Needs the kept series.
 */
export function pooledScenarioSummaries(plan: Plan, group: (g: number) => GroupData): ScenarioSummary[] {
  const e = plan.experiment;
  if (e.outputs.months !== 'all' || !e.outputs.series) return [];
  const nOut = OUTCOME_NAMES.length;
  const M = plan.months.length;
  const S = e.scenarios.length;
  return e.scenarios.map((s, k) => {
    const columns: Partial<Record<OutcomeName, Float64Array[]>> = {};
    for (const metric of PLOTTED_METRICS) columns[metric] = [];
    for (let p = 0; p < plan.points.length; p++) {
      const rec = group(p * S + k);
      rec.runs.forEach((run, r) => {
        if (!run.ok) return;
        for (const metric of PLOTTED_METRICS) {
          const o = OUTCOME_NAMES.indexOf(metric);
          columns[metric]!.push(Float64Array.from({ length: M }, (_, j) => rec.series![(r * M + j) * nOut + o]));
        }
      });
    }
    return summariseColumns({ name: s.name, description: s.description, params: { ...s.params, months: M } }, columns);
  });
}

/** Outcomes drawn against the design parameters: cluster size, output and collaboration. */
export const DESIGN_OUTCOMES: readonly OutcomeName[] = ['producers', 'productionPerDay', 'composite'];

/** The seeds listed in an experiment's report: every run up to this many, else none (the count is still shown). */
const MAX_LISTED_RUNS = 2000;

/**
 * What every report of an experiment folder shares (`experiment`, and the
 * `sensitivity` and `discover` reports that replace it): scenario bands (no design),
 * outcomes against the design parameters (a design), the run count and seeds. It
 * depends only on the plan and the results.
 */
export function experimentReportBase(plan: Plan, group: (g: number) => GroupData): Pick<ReportInput, 'experimentSeed' | 'replicates' | 'scenarios' | 'seeds' | 'runs' | 'design'> {
  return {
    experimentSeed: plan.experiment.seed,
    replicates: plan.experiment.replicates,
    scenarios: experimentScenarioSummaries(plan, group),
    seeds:
      plan.runCount <= MAX_LISTED_RUNS
        ? Array.from({ length: plan.runCount }, (_, i) => {
            const id = runIdentity(plan, i);
            return { runId: id.runId, scenario: plan.experiment.scenarios[id.scenario].name, replicate: id.replicate, seed: id.seed };
          })
        : [],
    runs: plan.runCount,
    design: experimentDesignScatter(plan, group),
  };
}

/**
 * Outcomes against the design parameters at the last kept month: per design point
 * and scenario, the mean over its successful replicates (from the kept summaries,
 * else the kept series). With two or more scenarios, each later scenario minus the
 * first per point: paired over replicates when they share their seeds and per-run
 * values were kept (`outputs.series`), Welch's interval with independent seeds.
 * Undefined without a design or numeric design parameters.
 */
export function experimentDesignScatter(plan: Plan, group: (g: number) => GroupData): DesignScatter | undefined {
  const e = plan.experiment;
  if (e.design.type === 'none' || !e.outputs.summary) return undefined;
  const points = plan.points;
  const names = [...new Set(points.flatMap((p) => Object.keys(p.values)))].filter((n) => points.every((p) => typeof p.values[n] === 'number'));
  if (!names.length) return undefined;
  const S = e.scenarios.length;
  const R = e.replicates;
  const P = points.length;
  const nOut = OUTCOME_NAMES.length;
  const K = SUMMARY_STATS.length;
  const M = plan.months.length;
  const j = M - 1;
  const O = DESIGN_OUTCOMES.length;
  const outcomeIndex = DESIGN_OUTCOMES.map((outcome) => OUTCOME_NAMES.indexOf(outcome));
  // Replicate r of every scenario at a point shares its seed under common random numbers.
  const paired = e.randomNumbers === 'common' && e.outputs.series && R >= 2;
  // Each group is read once, for the few numbers drawn: holding every group's record
  // at once would take memory in proportion to the whole experiment.
  const at = (p: number, s: number) => p * S + s;
  const okRuns = new Int32Array(P * S);
  const means = new Float64Array(P * S * O);
  const sds = new Float64Array(P * S * O);
  const ok = paired ? new Uint8Array(P * S * R) : undefined;
  const values = paired ? new Float64Array(P * S * R * O) : undefined;
  for (let p = 0; p < P; p++)
    for (let s = 0; s < S; s++) {
      const g = at(p, s);
      const rec = group(g);
      const n = rec.runs.filter((r) => r.ok).length;
      okRuns[g] = n;
      outcomeIndex.forEach((o, k) => {
        means[g * O + k] = n ? rec.summary![(j * nOut + o) * K] : Number.NaN;
        sds[g * O + k] = n ? rec.summary![(j * nOut + o) * K + 1] : Number.NaN;
        if (values) for (let i = 0; i < R; i++) values[(g * R + i) * O + k] = rec.series![i * M * nOut + j * nOut + o];
      });
      if (ok) for (let i = 0; i < R; i++) ok[g * R + i] = rec.runs[i]?.ok ? 1 : 0;
    }
  const outcomes = DESIGN_OUTCOMES.map((outcome, k) => {
    const mean = (g: number) => means[g * O + k];
    const scenarioMeans = e.scenarios.map((sc, s) => ({ name: sc.name, means: Array.from({ length: P }, (_, p) => mean(at(p, s))) }));
    const differences = e.scenarios.slice(1).map((sc, b1) => {
      const b = b1 + 1;
      const rows: Difference[] = Array.from({ length: P }, (_, p): Difference => {
        const ga = at(p, 0);
        const gb = at(p, b);
        if (ok && values) {
          const va: number[] = [];
          const vb: number[] = [];
          for (let i = 0; i < R; i++)
            if (ok[ga * R + i] && ok[gb * R + i]) {
              va.push(values[(ga * R + i) * O + k]);
              vb.push(values[(gb * R + i) * O + k]);
            }
          if (va.length >= 2) return pairedInterval(va, vb);
        } else if (e.randomNumbers === 'independent') {
          const na = okRuns[ga];
          const nb = okRuns[gb];
          if (na >= 2 && nb >= 2) {
            const sum = (g: number, n: number) => ({ n, mean: mean(g), sd: sds[g * O + k], lo: Number.NaN, hi: Number.NaN, median: Number.NaN });
            return welchInterval(sum(ga, na), sum(gb, nb));
          }
        }
        const diff = mean(gb) - mean(ga);
        return { diff, lo: Number.NaN, hi: Number.NaN };
      });
      const interval: 'paired' | 'welch' | 'none' = paired ? 'paired' : e.randomNumbers === 'independent' && R >= 2 ? 'welch' : 'none';
      return {
        a: e.scenarios[0].name,
        b: sc.name,
        diff: rows.map((d) => d.diff),
        ...(interval === 'none' ? {} : { lo: rows.map((d) => d.lo), hi: rows.map((d) => d.hi) }),
        interval,
      };
    });
    return { outcome, scenarios: scenarioMeans, differences };
  });
  const month = plan.months[j] + 1;
  return {
    month,
    date: dateOf(e.scenarios[0].params.startYear, plan.months[j]),
    replicates: R,
    parameters: names.map((name) => ({ name, values: points.map((p) => p.values[name] as number) })),
    outcomes,
  };
}
