import { SUMMARY_STATS } from '../analysis/groupSummary.js';
import type { Plan } from '../experiments/plan.js';
import { OUTCOME_NAMES, type OutcomeName } from '../outcomes.js';
import { PLOTTED_METRICS, summariseColumns, yearlyOf, type Band, type ScenarioSummary } from './bands.js';
import type { YearStat } from '../analysis/stats.js';

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
