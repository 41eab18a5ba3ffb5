import { SUMMARY_STATS } from '../analysis/groupSummary.js';
import type { Plan } from '../experiments/plan.js';
import { OUTCOME_NAMES, type OutcomeName } from '../outcomes.js';
import type { GroupRecord } from '../runner/chunks.js';
import { PLOTTED_METRICS, statsOf, yearMean, fullYears, type Band, type ScenarioSummary, type YearStat } from './bands.js';

/**
 * Report bands of an experiment without a design (scenarios x replicates), read from
 * its checkpoints: monthly quantiles come from the replicate summaries, yearly
 * statistics from the kept series. Designs over parameters are summarised by the
 * analysis sections instead (a band across design points would mix them).
 */
export function experimentScenarioSummaries(plan: Plan, group: (g: number) => GroupRecord): ScenarioSummary[] {
  const e = plan.experiment;
  if (e.design.type !== 'none' || e.outputs.months !== 'all' || !e.outputs.summary || !e.outputs.series) return [];
  const nOut = OUTCOME_NAMES.length;
  const K = SUMMARY_STATS.length;
  const M = plan.months.length;
  return e.scenarios.map((s, g) => {
    const rec = group(g);
    const bands: Partial<Record<OutcomeName, Band>> = {};
    const yearly: Partial<Record<OutcomeName, YearStat[]>> = {};
    const okRuns = rec.runs.map((r, k) => (r.ok ? k : -1)).filter((k) => k >= 0);
    for (const metric of PLOTTED_METRICS) {
      const o = OUTCOME_NAMES.indexOf(metric);
      const band: Band = { q05: [], q25: [], q50: [], q75: [], q95: [] };
      for (let j = 0; j < M; j++) {
        const at = (j * nOut + o) * K;
        band.q05.push(rec.summary![at + 2]);
        band.q25.push(rec.summary![at + 3]);
        band.q50.push(rec.summary![at + 4]);
        band.q75.push(rec.summary![at + 5]);
        band.q95.push(rec.summary![at + 6]);
      }
      bands[metric] = band;
      const columns = okRuns.map((k) => Float64Array.from({ length: M }, (_, j) => rec.series![k * M * nOut + j * nOut + o]));
      yearly[metric] = fullYears(s.params.startYear, M).map((y) => statsOf(columns.map((c) => yearMean(c, s.params.startYear, y)), y));
    }
    return { name: s.name, description: s.description, params: s.params, runs: okRuns.length, startYear: s.params.startYear, months: M, bands, yearly };
  });
}
