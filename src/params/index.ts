import { InputError } from '../errors.js';
import { PARAMS, type ParamDecl, type ParamName, type Params, type ParamValue } from './declarations.js';

export { PARAMS };
export type { ParamDecl, ParamName, Params, ParamValue };

export { InputError };

const BY_NAME: ReadonlyMap<string, ParamDecl> = new Map(PARAMS.map((d) => [d.name, d as ParamDecl]));

export function declaration(name: string): ParamDecl | undefined {
  return BY_NAME.get(name);
}

export function isParamName(name: string): name is ParamName {
  return BY_NAME.has(name);
}

export function defaults(): Params {
  const out: Record<string, ParamValue> = {};
  for (const d of PARAMS) out[d.name] = d.default;
  return out as unknown as Params;
}

/** What a declaration accepts, in words, for error messages. */
export function expectation(d: ParamDecl): string {
  switch (d.kind) {
    case 'real':
      return `a number in [${d.min}, ${d.max}] (${d.unit})`;
    case 'int':
      return `an integer in [${d.min}, ${d.max}] (${d.unit})`;
    case 'bool':
      return 'true or false';
    case 'enum':
      return `one of ${d.options.join(', ')}`;
  }
}

/** Checks one value (already typed, e.g. from JSON) against its declaration. */
export function checkValue(d: ParamDecl, value: unknown, field: string = d.name): ParamValue {
  const bad = () => new InputError(field, expectation(d), value);
  switch (d.kind) {
    case 'real':
    case 'int':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad();
      if (d.kind === 'int' && !Number.isInteger(value)) throw bad();
      if (value < d.min || value > d.max) throw bad();
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw bad();
      return value;
    case 'enum':
      if (typeof value !== 'string' || !(d.options as readonly string[]).includes(value)) throw bad();
      return value;
  }
}

/** Parses a command-line text value (`--set name=value`) into a checked value. */
export function parseValue(d: ParamDecl, text: string, field: string = d.name): ParamValue {
  const t = text.trim();
  if (d.kind === 'real' || d.kind === 'int') {
    // Number('') is 0 and Number(' ') is 0: reject empty text explicitly.
    const n = t === '' ? Number.NaN : Number(t);
    if (!Number.isFinite(n)) throw new InputError(field, expectation(d), text);
    return checkValue(d, n, field) as number;
  }
  if (d.kind === 'bool') {
    if (/^(true|1|yes|on)$/i.test(t)) return true;
    if (/^(false|0|no|off)$/i.test(t)) return false;
    throw new InputError(field, expectation(d), text);
  }
  return checkValue(d, t, field);
}

/**
 * Applies overrides on top of a base set. Unknown names and bad values are rejected
 * with the field path (`where` prefixes it, e.g. "scenario mou.params").
 */
export function withOverrides(base: Params, overrides: Record<string, unknown>, where = ''): Params {
  const out: Record<string, ParamValue> = { ...(base as unknown as Record<string, ParamValue>) };
  for (const [name, value] of Object.entries(overrides)) {
    const field = where ? `${where}.${name}` : name;
    const d = BY_NAME.get(name);
    if (!d) throw new InputError(field, `a known parameter (see \`collabsim params\`)${suggest(name)}`);
    out[name] = checkValue(d, value, field);
  }
  const p = out as unknown as Params;
  checkConsistency(p, where);
  return p;
}

/** Parameters that name a 1-based month, with -1 for "never" (0 is not a month). */
export const MONTH_PARAMS = PARAMS.filter((d) => d.unit === 'month' && d.kind === 'int' && d.min === -1).map((d) => d.name) as ParamName[];

/** Cross-parameter rules that a single range cannot express. */
export function checkConsistency(p: Params, where = ''): void {
  const f = (n: string) => (where ? `${where}.${n}` : n);
  if (p.initialProducers > p.producerPool)
    throw new InputError(f('initialProducers'), `at most producerPool (${p.producerPool})`, p.initialProducers);
  // Month parameters are 1-based with -1 for "never"; 0 is neither.
  for (const n of MONTH_PARAMS) if (p[n] === 0) throw new InputError(f(n), '-1 (never) or a month from 1', 0);
  if (p.layoffUtilisation >= p.hireUtilisation)
    throw new InputError(f('layoffUtilisation'), `below hireUtilisation (${p.hireUtilisation})`, p.layoffUtilisation);
}

function suggest(name: string): string {
  const lower = name.trim().toLowerCase();
  if (lower.length < 3) return '';
  const close = PARAMS.map((d) => d.name).filter(
    (n) => n.toLowerCase().includes(lower) || lower.includes(n.toLowerCase()),
  );
  return close.length ? `; did you mean ${close.slice(0, 3).join(', ')}?` : '';
}
