import { PARAMS, type ParamDecl } from '../params/index.js';

/**
 * The JSON Schema of experiment files, derived from the parameter declarations so a
 * parameter's type, range and options are stated once. Shipped as
 * experiments/experiment.schema.json (`npm run schema`) for editor autocompletion.
 */
export const DESIGN_TYPES = ['none', 'grid', 'lhs', 'saltelli', 'morris', 'csv'] as const;
export type DesignType = (typeof DESIGN_TYPES)[number];
/** Formats of the tidy tables (runs, series, summary); each is also the file extension. */
export const FORMATS = ['csv', 'arrow', 'parquet'] as const;
export type Format = (typeof FORMATS)[number];

function paramSchema(d: ParamDecl): Record<string, unknown> {
  const description = `${d.description} [${d.unit}] (source: ${d.source})`;
  switch (d.kind) {
    case 'real':
      return { type: 'number', minimum: d.min, maximum: d.max, default: d.default, description };
    case 'int':
      return { type: 'integer', minimum: d.min, maximum: d.max, default: d.default, description };
    case 'bool':
      return { type: 'boolean', default: d.default, description };
    case 'enum':
      return { enum: [...d.options], default: d.default, description };
  }
}

export function experimentSchema(): Record<string, unknown> {
  const names = PARAMS.map((d) => d.name);
  const params = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(PARAMS.map((d) => [d.name, paramSchema(d as ParamDecl)])),
  };
  const scenarioObject = {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
      description: { type: 'string' },
      base: { type: 'string', description: 'a preset scenario to start from (collabsim scenarios)' },
      params,
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'collabsim-experiment',
    title: 'collabsim experiment',
    description: 'Scenarios x parameter design x replicates. See experiments/README.md.',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'scenarios'],
    properties: {
      $schema: { type: 'string' },
      // The name is a folder name (out/<name>): "." and ".." would be the folder above.
      name: { type: 'string', pattern: '^(?!\\.\\.?$)[A-Za-z0-9_.-]{1,64}$', description: 'experiment name (letters, digits, . _ -; not . or ..)' },
      description: { type: 'string' },
      seed: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 20150718, description: 'experiment seed; each run seed is derived from it, the design point, the replicate and (with independent random numbers) the scenario' },
      randomNumbers: {
        enum: ['common', 'independent'],
        default: 'common',
        description: 'common: replicate r of every scenario at a design point uses the same seed (common random numbers, paired comparisons); independent: each scenario its own seeds',
      },
      replicates: { type: 'integer', minimum: 1, maximum: 100000, default: 10 },
      months: { type: 'integer', minimum: 1, maximum: 600, description: 'horizon (overrides the months parameter)' },
      scenarios: {
        type: 'array',
        minItems: 1,
        items: { anyOf: [{ type: 'string', description: 'preset name or path to a scenario .json file' }, scenarioObject] },
      },
      set: { ...params, description: 'parameter values fixed for every run' },
      design: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        properties: {
          type: { enum: [...DESIGN_TYPES] },
          parameters: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: { enum: names },
                range: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, description: '[low, high] within the declared range' },
                values: { type: 'array', minItems: 1, items: { type: ['number', 'string', 'boolean'] } },
                levels: { type: 'integer', minimum: 1, maximum: 1000 },
              },
            },
          },
          samples: { type: 'integer', minimum: 1, maximum: 10000000, description: 'LHS points, or Saltelli base sample size N' },
          levels: { type: 'integer', minimum: 2, maximum: 1000, description: 'grid levels for a range, or Morris grid levels p' },
          trajectories: { type: 'integer', minimum: 1, maximum: 100000, description: 'Morris trajectories r' },
          candidates: { type: 'integer', minimum: 1, maximum: 2000, description: 'Morris: candidate trajectories to choose r from (optimised selection)' },
          secondOrder: { type: 'boolean' },
          file: { type: 'string', description: 'CSV of design points (header = parameter names), relative to the experiment file' },
        },
      },
      outputs: {
        type: 'object',
        additionalProperties: false,
        properties: {
          series: { type: 'boolean', default: true, description: 'write run-month rows (false: summaries only)' },
          months: {
            anyOf: [{ const: 'all' }, { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1, maximum: 600 } }],
            description: 'months to keep in series and summary (1-based), or "all"',
          },
          summary: { type: 'boolean', default: true },
          formats: { type: 'array', minItems: 1, items: { enum: [...FORMATS] }, default: [...FORMATS], description: 'table formats: csv, arrow (IPC/Feather v2), parquet; runs.csv is always written' },
        },
      },
    },
  };
}
