/**
 * The explorer's downloads: the plotted bands as tidy CSV, and data plus settings as
 * JSON. Pure (no DOM), so they are tested in Node.
 */
import { dateOf } from '../../src/engine/calendar.js';
import { OUTCOMES } from '../../src/outcomes.js';
import { csvTable } from '../../src/output/csv.js';
import type { Params } from '../../src/params/index.js';
import type { ScenarioSummary } from '../../src/report/bands.js';
import { encodeState, cliCommand, type ExplorerState } from './state.js';

export interface ShownSet {
  /** "base" (the baseline), "main" (the settings shown) or "alt1", "alt2". */
  readonly set: string;
  readonly label: string;
  readonly summary: ScenarioSummary;
  readonly seeds: readonly number[];
}

const UNIT = new Map(OUTCOMES.map((o) => [o.name, o.unit]));

/** One row per set, outcome and month: the median and the 50 % and 90 % bands over runs. */
export function bandsCsv(sets: readonly ShownSet[]): string {
  const rows: (string | number)[][] = [];
  for (const s of sets) {
    const { summary } = s;
    for (const [metric, band] of Object.entries(summary.bands)) {
      if (!band) continue;
      for (let m = 0; m < band.q50.length; m++)
        rows.push([s.set, s.label, metric, UNIT.get(metric) ?? '', m + 1, dateOf(summary.startYear, m), summary.runs, band.q50[m], band.q25[m], band.q75[m], band.q05[m], band.q95[m]]);
    }
  }
  return csvTable(['set', 'label', 'metric', 'unit', 'month', 'date', 'runs', 'median', 'q25', 'q75', 'q05', 'q95'], rows);
}

/** The view as JSON: settings (with the link and the equivalent command), full parameters, seeds, bands and yearly statistics. */
export function viewJson(state: ExplorerState, params: Params, sets: readonly ShownSet[], pageUrl: string): string {
  return (
    JSON.stringify(
      {
        tool: 'collabsim explorer',
        link: `${pageUrl.split('?')[0]}?${encodeState(state)}`,
        command: cliCommand(state),
        settings: { scenario: state.scenario, changed: state.overrides, replicates: state.replicates, experimentSeed: state.seed, baseline: state.baseline, vs: state.vs, also: state.also },
        params,
        sets: sets.map((s) => ({
          set: s.set,
          label: s.label,
          runs: s.summary.runs,
          seeds: s.seeds,
          params: s.summary.params,
          startYear: s.summary.startYear,
          months: s.summary.months,
          bands: s.summary.bands,
          yearly: s.summary.yearly,
        })),
        units: Object.fromEntries(OUTCOMES.map((o) => [o.name, o.unit])),
      },
      null,
      1,
    ) + '\n'
  );
}
