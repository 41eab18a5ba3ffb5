/**
 * The JSON-schema check of experiment files (experiments/experiment.schema.json, built
 * from the parameter declarations by schema.ts), compiled by Ajv.
 *
 * From the sources, Ajv compiles the schema at first use, which takes about 0.3 s.
 * `npm run build` replaces this module in dist/ with Ajv's standalone code for the same
 * schema and options (scripts/build-validator.mjs), so the installed CLI compiles
 * nothing when it starts. Both export the same `experimentValidator`.
 */
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import { experimentSchema } from './schema.js';

/** Every error, not only the first: the checker reports the most specific one. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: false };

let validator: ValidateFunction | undefined;

export function experimentValidator(): ValidateFunction {
  validator ??= new Ajv(AJV_OPTIONS).compile(experimentSchema());
  return validator;
}
