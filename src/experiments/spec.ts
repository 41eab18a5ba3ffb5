import type { ErrorObject } from 'ajv';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parseCsv } from '../design/csv.js';
import { checkValue, declaration, InputError, parseValue, type ParamDecl, type Params, type ParamValue } from '../params/index.js';
import { findPreset, resolveScenario, scenarioFromJson, type ScenarioDef } from '../scenarios/index.js';
import { FORMATS, type DesignType, type Format } from './schema.js';
import { experimentValidator } from './validator.js';

/**
 * An experiment, as EMA Workbench would say: scenarios (policies) x a design over
 * uncertain parameters x replicates, with a horizon, the outputs wanted and one
 * experiment seed. This module turns a parsed file into a checked, normalised
 * Experiment; reading files is left to a callback so the module stays pure.
 */
export interface DesignParameter {
  readonly name: string;
  readonly decl: ParamDecl;
  readonly range?: readonly [number, number];
  readonly values?: readonly ParamValue[];
  readonly levels?: number;
}

export interface Design {
  readonly type: DesignType;
  readonly parameters: readonly DesignParameter[];
  readonly samples: number;
  readonly levels: number;
  readonly trajectories: number;
  readonly candidates: number;
  readonly secondOrder: boolean;
  /** For csv designs: the checked rows. */
  readonly rows: readonly Record<string, ParamValue>[];
}

export interface Outputs {
  readonly series: boolean;
  /** 1-based months kept in series and summaries, or all. */
  readonly months: readonly number[] | 'all';
  readonly summary: boolean;
  readonly formats: readonly Format[];
}

export interface Experiment {
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  /** Common random numbers across scenarios (the default) or independent seeds per scenario. */
  readonly randomNumbers: 'common' | 'independent';
  readonly replicates: number;
  readonly scenarios: readonly { name: string; description: string; params: Params }[];
  readonly design: Design;
  readonly outputs: Outputs;
}

export interface Reader {
  /** Text of a file named relative to the experiment file. Throws InputError naming `field`. */
  readText(relPath: string, field: string): string;
}

/** Parses experiment text (YAML, of which JSON is a subset). */
export function parseExperimentText(text: string, where: string): unknown {
  if (text.trim() === '') throw new InputError(where, 'a YAML or JSON experiment (the file is empty)');
  try {
    // logLevel 'error': the yaml library's warnings must not reach stderr as Node warnings.
    return parseYaml(text, { maxAliasCount: 100, prettyErrors: true, uniqueKeys: true, logLevel: 'error' });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const pos = e.linePos?.[0];
      const at = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      throw new InputError(`${where}${at}`, `valid YAML or JSON (${e.code}: ${e.message.split('\n')[0]})`);
    }
    throw new InputError(where, `valid YAML or JSON (${(e as Error).message})`);
  }
}

/** The keys of a JSON pointer (/design/parameters/2/range -> design, parameters, 2, range), unescaped. */
function pointerKeys(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** JSON pointer (/design/parameters/2/range) -> field path (design.parameters[2].range). */
function fieldPath(pointer: string): string {
  let out = '';
  for (const key of pointerKeys(pointer)) out += /^\d+$/.test(key) ? `[${key}]` : out === '' ? key : `.${key}`;
  return out || '(top level)';
}

/** The value at a JSON pointer of the checked document (the validator keeps no data of its own). */
function valueAt(raw: unknown, pointer: string): unknown {
  let v = raw;
  for (const key of pointerKeys(pointer)) v = (v as Record<string, unknown> | undefined)?.[key];
  return v;
}

/** The offending value, if small enough to show. */
function shown(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 60)}…` : v;
  return undefined;
}

function describe(e: ErrorObject, raw: unknown): InputError {
  const at = fieldPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const name = /^[A-Za-z0-9_$-]+$/.test(key) ? key : JSON.stringify(key);
      return new InputError(at === '(top level)' ? name : /^[A-Za-z0-9_$-]+$/.test(key) ? `${at}.${key}` : `${at}[${name}]`, 'no such key (see experiments/experiment.schema.json)');
    }
    case 'const':
      return new InputError(at, at.endsWith('outputs.months') ? '"all" or a list of 1-based months' : JSON.stringify(p.allowedValue));
    case 'required':
      return new InputError(at === '(top level)' ? String(p.missingProperty) : `${at}.${String(p.missingProperty)}`, 'a value (required)');
    case 'enum':
      return new InputError(at, `one of ${(p.allowedValues as unknown[]).join(', ')}`);
    case 'type':
      return new InputError(at, `a value of type ${String(p.type)}`, shown(valueAt(raw, e.instancePath)));
    case 'minimum':
    case 'maximum':
      return new InputError(at, `a number ${String(p.comparison)} ${String(p.limit)}`, shown(valueAt(raw, e.instancePath)));
    case 'minItems':
    case 'maxItems':
      return new InputError(at, `${e.keyword === 'minItems' ? 'at least' : 'at most'} ${String(p.limit)} item(s)`);
    case 'pattern':
      return new InputError(at, 'a name of 1-64 letters, digits, dot, dash or underscore, not . or ..');
    default:
      return new InputError(at, e.message ?? e.keyword);
  }
}

function schemaCheck(raw: unknown, where: string): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(where, 'a mapping (object) at the top level');
  const validator = experimentValidator();
  if (validator(raw)) return;
  // The deepest error is the most specific (anyOf branches report at their parent).
  const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
  errors.sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
  const first = errors[0] ?? validator.errors![0];
  const err = describe(first, raw);
  throw new InputError(`${where}: ${err.field}`, err.expected, err.got);
}

/** Checks and normalises a parsed experiment. */
export function checkExperiment(raw: unknown, where: string, reader: Reader): Experiment {
  schemaCheck(raw, where);
  const o = raw as Record<string, unknown>;
  const f = (path: string) => `${where}: ${path}`;
  const set: Record<string, unknown> = { ...((o.set as Record<string, unknown>) ?? {}) };
  if (o.months !== undefined) {
    if (set.months !== undefined) throw new InputError(f('months'), 'either months or set.months, not both');
    set.months = o.months;
  }

  const defs: ScenarioDef[] = (o.scenarios as unknown[]).map((s, k) => {
    const at = f(`scenarios[${k}]`);
    if (typeof s === 'string') {
      const preset = findPreset(s);
      if (preset) return preset;
      if (!s.endsWith('.json')) throw new InputError(at, 'a preset name (collabsim scenarios) or a .json scenario file', s);
      const text = reader.readText(s, at);
      return scenarioFromJson(text, at, 'a scenario file with valid JSON');
    }
    const def = s as ScenarioDef;
    if (def.base !== undefined && !findPreset(def.base)) throw new InputError(`${at}.base`, 'a preset scenario name', def.base);
    return { name: def.name, description: def.description ?? '', base: def.base, params: def.params ?? {} };
  });
  const seen = new Set<string>();
  defs.forEach((d, k) => {
    if (seen.has(d.name)) throw new InputError(f(`scenarios[${k}]`), 'distinct scenario names', d.name);
    seen.add(d.name);
  });
  const scenarios = defs.map((d) => ({ name: d.name, description: d.description, params: resolveScenario(d, set, f('set')) }));

  const design = checkDesign((o.design as Record<string, unknown>) ?? { type: 'none' }, f, reader);
  const rawOut = (o.outputs as Record<string, unknown>) ?? {};
  let months = (rawOut.months as number[] | 'all' | undefined) ?? 'all';
  if (months !== 'all') {
    const horizon = Math.min(...scenarios.map((s) => s.params.months));
    months.forEach((m, k) => {
      if (m > horizon) throw new InputError(f(`outputs.months[${k}]`), `a month within the horizon (1-${horizon})`, m);
    });
    months = [...new Set(months)].sort((x, y) => x - y);
  }
  // Every format by default: a researcher opens whichever their tool reads best.
  const formats = [...new Set((rawOut.formats as Format[] | undefined) ?? FORMATS)];
  const outputs: Outputs = {
    series: (rawOut.series as boolean | undefined) ?? true,
    months,
    summary: (rawOut.summary as boolean | undefined) ?? true,
    formats,
  };
  if (!outputs.series && !outputs.summary) throw new InputError(f('outputs'), 'series or summary (or both) to be written');
  return {
    name: o.name as string,
    description: (o.description as string | undefined) ?? '',
    seed: (o.seed as number | undefined) ?? 20150718,
    randomNumbers: (o.randomNumbers as 'common' | 'independent' | undefined) ?? 'common',
    replicates: (o.replicates as number | undefined) ?? 10,
    scenarios,
    design,
    outputs,
  };
}

function checkDesign(d: Record<string, unknown>, f: (p: string) => string, reader: Reader): Design {
  const type = d.type as DesignType;
  const rawParams = (d.parameters as Record<string, unknown>[] | undefined) ?? [];
  const base = {
    type,
    samples: (d.samples as number | undefined) ?? 64,
    levels: (d.levels as number | undefined) ?? (type === 'morris' ? 4 : 3),
    trajectories: (d.trajectories as number | undefined) ?? 10,
    candidates: (d.candidates as number | undefined) ?? 0,
    secondOrder: (d.secondOrder as boolean | undefined) ?? false,
  };
  if (type === 'none') {
    if (rawParams.length) throw new InputError(f('design.parameters'), 'no parameters for design type none');
    return { ...base, parameters: [], rows: [] };
  }
  if (type === 'csv') {
    if (typeof d.file !== 'string') throw new InputError(f('design.file'), 'the path of a CSV of design points');
    const where = f(`design.file (${d.file})`);
    const { header, rows } = parseCsv(reader.readText(d.file, f('design.file')), where);
    const decls = header.map((h, k) => {
      const decl = declaration(h);
      if (!decl) throw new InputError(`${where} column ${k + 1}`, 'a known parameter name', h);
      return decl;
    });
    const checked = rows.map((r, i) =>
      Object.fromEntries(r.map((v, k) => [header[k], parseValue(decls[k], v, `${where} row ${i + 2} ${header[k]}`)])),
    );
    return { ...base, parameters: decls.map((decl) => ({ name: decl.name, decl })), rows: checked };
  }
  if (rawParams.length === 0) throw new InputError(f('design.parameters'), `at least one parameter for a ${type} design`);
  const names = new Set<string>();
  const parameters = rawParams.map((p, k): DesignParameter => {
    const at = f(`design.parameters[${k}]`);
    const decl = declaration(p.name as string)!;
    if (names.has(decl.name)) throw new InputError(`${at}.name`, 'each parameter once', decl.name);
    names.add(decl.name);
    if (p.values !== undefined) {
      if (type !== 'grid') throw new InputError(`${at}.values`, `range: [low, high] (values are for grid designs)`);
      const values = (p.values as unknown[]).map((v, j) => checkValue(decl, v, `${at}.values[${j}]`));
      return { name: decl.name, decl, values };
    }
    if (p.range === undefined) throw new InputError(`${at}.range`, type === 'grid' ? 'range: [low, high] or values: [...]' : 'range: [low, high]');
    if (decl.kind !== 'real' && decl.kind !== 'int')
      throw new InputError(`${at}.range`, `values: [...] (${decl.name} is ${decl.kind === 'bool' ? 'true/false' : 'one of ' + decl.options.join(', ')}, not numeric)`);
    const [lo, hi] = p.range as [number, number];
    if (!(lo < hi)) throw new InputError(`${at}.range`, 'low < high', p.range);
    checkValue(decl, lo, `${at}.range[0]`);
    checkValue(decl, hi, `${at}.range[1]`);
    if (decl.kind === 'int' && (!Number.isInteger(lo) || !Number.isInteger(hi))) throw new InputError(`${at}.range`, 'integer bounds', p.range);
    return { name: decl.name, decl, range: [lo, hi], levels: p.levels as number | undefined };
  });
  if (type === 'morris') {
    if (base.levels % 2 !== 0) throw new InputError(f('design.levels'), 'an even number of levels for a Morris design (e.g. 4)', base.levels);
    if (base.candidates > 0 && base.candidates < base.trajectories)
      throw new InputError(f('design.candidates'), `at least as many candidate trajectories as trajectories (${base.trajectories})`, base.candidates);
  }
  const points = designSize(type, parameters, base);
  if (points > MAX_DESIGN_POINTS)
    throw new InputError(f('design'), `at most ${MAX_DESIGN_POINTS} design points (split it into several experiments)`, points);
  return { ...base, parameters, rows: [] };
}

/** Largest design a single experiment file may ask for (keeps planning in memory bounded). */
export const MAX_DESIGN_POINTS = 1_000_000;

/** Number of points a design will have, computed before anything is generated. */
function designSize(type: DesignType, parameters: readonly DesignParameter[], d: { samples: number; levels: number; trajectories: number }): number {
  const k = parameters.length;
  switch (type) {
    case 'grid':
      return parameters.reduce((n, p) => n * (p.values?.length ?? Math.max(1, p.levels ?? d.levels)), 1);
    case 'lhs':
      return d.samples;
    case 'saltelli':
      return d.samples * (2 * k + 2);
    case 'morris':
      return d.trajectories * (k + 1);
    default:
      return 0;
  }
}
