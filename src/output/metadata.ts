import { PARAMS } from '../params/index.js';
import type { Params } from '../params/index.js';
import type { RunSpec } from '../run.js';
import { CSV_COLUMNS } from './csv.js';

/**
 * The JSON that travels with every output folder: what was run (version, command,
 * experiment seed, scenarios with their full parameter sets, each run's seed) and
 * what every column means. No clock time, so identical inputs give identical bytes.
 */
export function metadata(opts: {
  version: string;
  command: string;
  experimentSeed: number;
  replicates: number;
  scenarios: readonly { name: string; description: string; params: Params }[];
  runs: readonly RunSpec[];
}): string {
  const defaults = Object.fromEntries(PARAMS.map((d) => [d.name, d.default]));
  return (
    JSON.stringify(
      {
        tool: 'collabsim',
        version: opts.version,
        command: opts.command,
        experimentSeed: opts.experimentSeed,
        replicates: opts.replicates,
        seedDerivation: 'cyrb53(experimentSeed, scenario, replicate); see src/engine/rng.ts deriveSeed',
        yearlyValues: 'mean of the 12 monthly values of the calendar year',
        scenarios: opts.scenarios.map((s) => ({
          name: s.name,
          description: s.description,
          changedFromDefaults: Object.fromEntries(
            Object.entries(s.params).filter(([k, v]) => defaults[k] !== v),
          ),
          params: s.params,
        })),
        runs: opts.runs.map((r) => ({ runId: r.runId, scenario: r.scenario, replicate: r.replicate, seed: r.seed })),
        files: {
          'series.csv': 'one row per run and month; columns below',
          'runs.csv': 'one row per run: runId, scenario, replicate, seed, status, error',
          'comparison.csv': 'compare only: per metric and year, both means with 95 % ranges and the difference with its 95 % CI',
          'report.html': 'charts and a plain-words summary (opens offline)',
        },
        columns: CSV_COLUMNS,
      },
      null,
      2,
    ) + '\n'
  );
}
