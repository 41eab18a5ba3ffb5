/**
 * fast-check arbitraries for collabsim's input surfaces: parameter values and texts,
 * scenario files, experiment files (as objects, then as JSON or YAML text, then
 * damaged), CSV design files, command-line values and explorer query strings.
 *
 * Generators mix valid inputs (so the deep checks are reached) with wrong types,
 * unknown keys, missing fields, out-of-range and non-finite numbers, hostile
 * strings (line breaks, NUL, lone surrogates, __proto__), huge designs and deep
 * nesting.
 */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { DESIGN_TYPES, FORMATS } from '../../src/experiments/schema.js';
import { PARAMS, type ParamDecl } from '../../src/params/index.js';
import { PRESETS } from '../../src/scenarios/index.js';

export const DECLS: readonly ParamDecl[] = PARAMS as readonly ParamDecl[];
export const NUMERIC: readonly ParamDecl[] = DECLS.filter((d) => d.kind === 'real' || d.kind === 'int');
export const NAMES = DECLS.map((d) => d.name);
export const PRESET_NAMES = PRESETS.map((p) => p.name);

// ------------------------------------------------------------------ primitives

/** Strings that break naive code: separators, quotes, YAML/CSV syntax, unicode, prototype keys. */
const nasty = fc.constantFrom(
  '',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\uD800',
  '\uFEFF',
  '\u2028',
  'a\nb',
  '"',
  "'",
  ',',
  '""',
  ':',
  '- x',
  '&a',
  '*a',
  '!!js/function',
  '{',
  '[',
  '#',
  '%',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '0x10',
  '0b1',
  '1_000',
  '١٢',
  '１２',
  'ｔｒｕｅ',
  'true',
  'TRUE',
  'yes',
  'null',
  '~',
  'mou',
  'status-quo',
  '😀',
  'e\u0301',
  'x'.repeat(300),
);

export const anyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 2 },
  { arbitrary: nasty, weight: 3 },
);

/** Numbers including NaN, ±Infinity, -0, huge, tiny and beyond-safe integers. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.integer({ min: -5, max: 700 }),
  fc.constantFrom(0, -0, -1, 1, 0.5, 1e9, 1e10, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, 5e-324, Number.NaN, Infinity, -Infinity),
);

/** Any JSON-ish value (plus non-finite numbers), a few levels deep. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyNumber,
    anyString,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(anyString, tie('v'), { maxKeys: 3, noNullPrototype: true }),
  ),
})).v;

// ------------------------------------------------------------------ parameter values

/** A value the declaration accepts. */
export function validValue(d: ParamDecl): fc.Arbitrary<number | boolean | string> {
  switch (d.kind) {
    case 'real':
      return fc.oneof(fc.double({ min: d.min, max: d.max, noNaN: true }), fc.constantFrom(d.min, d.max, d.default));
    case 'int':
      return fc.oneof(fc.integer({ min: d.min, max: d.max }), fc.constantFrom(d.min, d.max, d.default));
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...d.options);
  }
}

/** A value for a declaration: valid, on or just past an edge, or anything. */
export function valueFor(d: ParamDecl): fc.Arbitrary<unknown> {
  const edges =
    d.kind === 'real' || d.kind === 'int'
      ? fc.constantFrom(d.min - 1, d.max + 1, d.min - 1e-9, d.max + 1e-9, (d.min + d.max) / 2 + 0.5)
      : d.kind === 'enum'
        ? fc.constantFrom(...d.options.map((o) => o.toUpperCase()), ...d.options.map((o) => ` ${o}`))
        : fc.constantFrom('true', 0, 1);
  return fc.oneof({ arbitrary: validValue(d), weight: 6 }, { arbitrary: edges, weight: 2 }, { arbitrary: anyValue, weight: 2 });
}

/** A text for `--set name=value`, a query value or a CSV cell: a valid value's text, numeric look-alikes, or junk. */
export function textFor(d: ParamDecl): fc.Arbitrary<string> {
  const pad = fc.constantFrom('', '', ' ', '\t', '  ');
  const fromValue = valueFor(d).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))));
  const numberish = anyNumber.chain((n) =>
    fc.constantFrom(String(n), n.toExponential(), n.toFixed(2), `+${n}`, `${n}.`, `.${Math.abs(Math.trunc(n))}`, `0x${Math.abs(Math.trunc(n)).toString(16)}`),
  );
  const bools = fc.constantFrom('true', 'false', 'True', 'FALSE', 'yes', 'no', 'on', 'off', '1', '0', 'y', 'n', 'tru', '');
  return fc
    .tuple(pad, fc.oneof({ arbitrary: validValue(d).map(String), weight: 4 }, fromValue, numberish, bools, anyString), pad)
    .map(([a, b, c]) => a + b + c);
}

/** Valid overrides of distinct known parameters (they may still clash, e.g. initialProducers > producerPool). */
export const validOverrides: fc.Arbitrary<Record<string, unknown>> = fc
  .uniqueArray(fc.constantFrom(...DECLS), { maxLength: 4, selector: (d) => d.name })
  .chain((ds) => fc.tuple(...ds.map((d) => fc.tuple(fc.constant(d.name), validValue(d)))))
  .map((kv) => Object.fromEntries(kv));

/** Parameter overrides: known names with (mostly valid) values, sometimes unknown names. */
export const overrides: fc.Arbitrary<Record<string, unknown>> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...DECLS).chain((d) => fc.tuple(fc.constant(d.name), valueFor(d))), weight: 8 },
      { arbitrary: fc.tuple(anyString, anyValue), weight: 1 },
    ),
    { maxLength: 5 },
  )
  .map((kv) => Object.fromEntries(kv));

// ------------------------------------------------------------------ damage to parsed documents

type Json = unknown;

/** Paths to every node of a document (the root is []). */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) paths((v as Record<string, Json>)[k], [...at, k], out);
  return out;
}

type Mutation = { at: number; kind: 'replace' | 'delete' | 'add-key' | 'huge' | 'non-finite' | 'negate' | 'stringify'; value: Json; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'delete', 'add-key', 'huge', 'non-finite', 'negate', 'stringify'),
  value: anyValue,
  key: fc.oneof(anyString, fc.constantFrom('name', 'params', 'range', 'values', 'levels', 'type', 'months', 'seed', 'file')),
});

/** Sets an own property, even "__proto__" (as JSON.parse would), never a prototype. */
function define(o: object, k: string | number, v: Json): void {
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
}

/** Applies one local change at a node: a wrong type, a missing or unknown key, a huge or non-finite number. */
function mutate(doc: Json, m: Mutation): Json {
  const all = paths(doc);
  const path = all[m.at % all.length];
  const get = (p: (string | number)[]) => p.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], doc);
  const set = (p: (string | number)[], v: Json) => {
    if (p.length === 0) return void (doc = v);
    define(get(p.slice(0, -1)) as object, p[p.length - 1], v);
  };
  const cur = get(path);
  switch (m.kind) {
    case 'replace':
      set(path, m.value);
      break;
    case 'delete': {
      if (path.length === 0) break;
      const parent = get(path.slice(0, -1));
      const k = path[path.length - 1];
      if (Array.isArray(parent)) parent.splice(k as number, 1);
      else delete (parent as Record<string, Json>)[k as string];
      break;
    }
    case 'add-key':
      if (cur !== null && typeof cur === 'object' && !Array.isArray(cur)) define(cur, m.key, m.value);
      else if (Array.isArray(cur)) cur.push(m.value);
      else set(path, m.value);
      break;
    case 'huge':
      set(path, typeof cur === 'number' ? [1000, 100_000, 10_000_000, 1e9, 2 ** 53][m.at % 5] : m.value);
      break;
    case 'non-finite':
      set(path, [Number.NaN, Infinity, -Infinity, 1e400][m.at % 4]);
      break;
    case 'negate':
      set(path, typeof cur === 'number' ? -cur - 1 : typeof cur === 'boolean' ? !cur : m.value);
      break;
    case 'stringify':
      set(path, typeof cur === 'string' ? Number(cur) : JSON.stringify(cur) ?? 'undefined');
      break;
  }
  return doc;
}

/** A document with 0-3 local changes (0 or 1 most of the time). */
export function damaged(doc: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  return fc
    .tuple(doc, fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 2, max: 3 }) }), fc.array(mutation, { minLength: 3, maxLength: 3 }))
    .map(([d, n, ms]) => {
      let out = structuredClone(d);
      for (const m of ms.slice(0, n)) out = mutate(out, m);
      return out;
    });
}

// ------------------------------------------------------------------ scenarios

/** A well-formed scenario file (its values may still clash). */
export const validScenario: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/),
    description: fc.string({ maxLength: 20 }),
    base: fc.constantFrom(...PRESET_NAMES),
    params: validOverrides,
  },
  { requiredKeys: ['name', 'params'] },
);

/** A scenario file as an object: well formed, damaged, or anything. */
export const scenarioObject: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: damaged(validScenario) },
  { weight: 1, arbitrary: fc.record({ name: anyString, params: overrides }) },
  { weight: 1, arbitrary: anyValue },
);

// ------------------------------------------------------------------ experiments

const rangeFor = (d: ParamDecl) =>
  fc.tuple(validValue(d), validValue(d)).filter(([a, b]) => a !== b).map(([a, b]) => ((a as number) < (b as number) ? [a, b] : [b, a]));

/** Parameters of a well-formed design of the given type. */
function designParameters(type: string): fc.Arbitrary<Record<string, unknown>[]> {
  const one = (d: ParamDecl): fc.Arbitrary<Record<string, unknown>> => {
    const numeric = d.kind === 'real' || d.kind === 'int';
    const values = fc.array(validValue(d), { minLength: 1, maxLength: 3 }).map((values) => ({ name: d.name, values }));
    if (type === 'grid')
      return numeric
        ? fc.oneof(values, rangeFor(d).map((range) => ({ name: d.name, range })), fc.tuple(rangeFor(d), fc.integer({ min: 1, max: 4 })).map(([range, levels]) => ({ name: d.name, range, levels })))
        : values;
    return rangeFor(d).map((range) => ({ name: d.name, range }));
  };
  const pool = type === 'grid' ? DECLS : NUMERIC;
  return fc
    .uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 3, selector: (d) => d.name })
    .chain((ds) => fc.tuple(...ds.map(one)));
}

const validDesign: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(...DESIGN_TYPES).chain((type) => {
  switch (type) {
    case 'none':
      return fc.constant({ type });
    case 'csv':
      return fc.constant({ type, file: 'design.csv' });
    case 'grid':
      return fc.record({ type: fc.constant(type), parameters: designParameters(type), levels: fc.integer({ min: 2, max: 4 }) }, { requiredKeys: ['type', 'parameters'] });
    case 'lhs':
      return fc.record({ type: fc.constant(type), parameters: designParameters(type), samples: fc.integer({ min: 1, max: 16 }) }, { requiredKeys: ['type', 'parameters'] });
    case 'saltelli':
      return fc.record(
        { type: fc.constant(type), parameters: designParameters(type), samples: fc.integer({ min: 1, max: 8 }), secondOrder: fc.boolean() },
        { requiredKeys: ['type', 'parameters', 'samples'] },
      );
    case 'morris':
      return fc
        .record(
          {
            type: fc.constant(type),
            parameters: designParameters(type),
            // What the schema admits (levels >= 2, candidates >= 1), not only what the sampler handles.
            levels: fc.integer({ min: 2, max: 6 }),
            trajectories: fc.integer({ min: 1, max: 4 }),
            candidates: fc.integer({ min: 1, max: 8 }),
          },
          { requiredKeys: ['type', 'parameters', 'trajectories'] },
        )
        .map((d) => d as Record<string, unknown>);
  }
});

const validOutputs = fc.record(
  {
    series: fc.boolean(),
    months: fc.oneof(fc.constant('all'), fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 })),
    summary: fc.constant(true),
    formats: fc.uniqueArray(fc.constantFrom(...FORMATS), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const scenarioEntry = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PRESET_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom('mine.json', 'other.json', 'sub/dir.json', 'missing.json') },
  { weight: 3, arbitrary: validScenario.map(({ name, description, base, params }) => ({ name, description, base, params })).map((o) => JSON.parse(JSON.stringify(o))) },
);

/** A well-formed experiment (scenario names are made distinct; values may still clash). */
export const validExperiment: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      name: fc.stringMatching(/^[A-Za-z0-9_.-]{1,10}$/),
      description: fc.string({ maxLength: 20 }),
      seed: fc.oneof(fc.nat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER)),
      replicates: fc.integer({ min: 1, max: 5 }),
      months: fc.integer({ min: 12, max: 60 }),
      scenarios: fc.array(scenarioEntry, { minLength: 1, maxLength: 3 }),
      set: validOverrides,
      design: validDesign,
      outputs: validOutputs,
    },
    { requiredKeys: ['name', 'scenarios'] },
  )
  .map((o) => {
    const seen = new Set<string>();
    const scenarios = (o.scenarios as unknown[]).filter((s) => {
      const n = typeof s === 'string' ? s : (s as { name: string }).name;
      return !seen.has(n) && !!seen.add(n);
    });
    return { ...o, scenarios };
  });

/** An experiment as a parsed object: well formed, damaged, or anything. */
export const experimentObject: fc.Arbitrary<unknown> = fc.oneof({ weight: 20, arbitrary: damaged(validExperiment) }, { weight: 1, arbitrary: anyValue });

// ------------------------------------------------------------------ text forms

/** Deeply nested documents in several syntaxes. */
export const deepText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('flow-seq', 'flow-map', 'json', 'block-map', 'block-seq', 'in-set', 'in-design'))
  .map(([n, kind]) => {
    switch (kind) {
      case 'flow-seq':
        return '['.repeat(n) + ']'.repeat(n);
      case 'flow-map':
        return '{a: '.repeat(n) + '1' + '}'.repeat(n);
      case 'json':
        return '{"a":'.repeat(n) + '1' + '}'.repeat(n);
      case 'block-map':
        return Array.from({ length: Math.min(n, 400) }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1';
      case 'block-seq':
        return Array.from({ length: Math.min(n, 400) }, (_, i) => ' '.repeat(i) + '-').join('\n') + ' 1';
      case 'in-set':
        return 'name: x\nscenarios: [mou]\nset: {months: ' + '['.repeat(n) + ']'.repeat(n) + '}';
      default:
        return 'name: x\nscenarios: [mou]\ndesign: {type: grid, parameters: [{name: months, values: ' + '['.repeat(n) + ']'.repeat(n) + '}]}';
    }
  });

/** Bytes as the CLI decodes them (lossy here: the pure parser only sees text). */
export const bytesText: fc.Arbitrary<string> = fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder('utf-8').decode(b));

/** YAML anchors and aliases, including an alias bomb. */
export const aliasText: fc.Arbitrary<string> = fc.integer({ min: 1, max: 9 }).map((levels) => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\nname: x\nscenarios: [mou]\n';
});

/** Local damage to a text: truncation, an inserted or deleted character, a swapped line. */
export function damage(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(text, fc.nat(), fc.constantFrom('truncate', 'insert', 'delete', 'dup-line', 'tab-indent'), fc.constantFrom(':', '-', '[', '{', '"', "'", '\t', '\n', '#', '&', '*', '!', '|', '>', '\u0000', '\uFFFD'))
    .map(([t, at, how, ch]) => {
      const k = t.length ? at % t.length : 0;
      switch (how) {
        case 'truncate':
          return t.slice(0, k);
        case 'insert':
          return t.slice(0, k) + ch + t.slice(k);
        case 'delete':
          return t.slice(0, k) + t.slice(k + 1);
        case 'dup-line': {
          const lines = t.split('\n');
          const j = lines.length ? at % lines.length : 0;
          lines.splice(j, 0, lines[j] ?? '');
          return lines.join('\n');
        }
        default:
          return t.replace(/^ {2}/m, '\t');
      }
    });
}

/** An experiment file's text: an experiment object as JSON or YAML (sometimes damaged), or hostile text. */
export const experimentText: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: experimentObject.map((o) => JSON.stringify(o) ?? 'null') },
  { weight: 10, arbitrary: experimentObject.map((o) => toYaml(o)) },
  { weight: 2, arbitrary: experimentObject.map((o) => toYaml(o, { collectionStyle: 'flow' })) },
  { weight: 4, arbitrary: damage(experimentObject.map((o) => toYaml(o))) },
  { weight: 2, arbitrary: damage(experimentObject.map((o) => JSON.stringify(o, null, 2) ?? 'null')) },
  { weight: 1, arbitrary: deepText },
  { weight: 1, arbitrary: bytesText },
  { weight: 1, arbitrary: aliasText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n', '---', '...', '\uFEFF', '#', 'null', '~', '[]', '{}', '0', '"x"') },
);

/** A scenario file's text (the CLI and experiments read it with JSON.parse). */
export const scenarioText: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: scenarioObject.map((o) => JSON.stringify(o) ?? 'null') },
  { weight: 2, arbitrary: damage(scenarioObject.map((o) => JSON.stringify(o, null, 1) ?? 'null')) },
  { weight: 1, arbitrary: deepText },
  { weight: 1, arbitrary: bytesText },
);

// ------------------------------------------------------------------ CSV

/** One CSV cell as written: plain, quoted (with doubled quotes), or raw junk. */
function quoteCell(s: string, always: boolean): string {
  return always || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV design file: a header of (mostly) parameter names and rows of (mostly) their texts, with damage. */
export const csvText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...DECLS) }, { weight: 1, arbitrary: anyString }), { minLength: 1, maxLength: 4 }),
        fc.nat(5),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
      )
      .chain(([cols, nRows, eol, trailing]) => {
        const cell = (c: ParamDecl | string) => (typeof c === 'string' ? anyString : textFor(c));
        const row = fc.tuple(...cols.map(cell)).chain((cells) =>
          fc.oneof(
            { weight: 8, arbitrary: fc.constant(cells) },
            { weight: 1, arbitrary: fc.constant(cells.slice(0, -1)) },
            { weight: 1, arbitrary: fc.constant([...cells, 'extra']) },
          ),
        );
        return fc.tuple(fc.array(row, { minLength: nRows, maxLength: nRows }), fc.boolean()).map(([rows, always]) => {
          const header = cols.map((c) => (typeof c === 'string' ? c : c.name));
          return [header, ...rows].map((r) => r.map((s) => quoteCell(s, always)).join(',')).join(eol) + (trailing ? eol : '');
        });
      }),
  },
  { weight: 2, arbitrary: damage(fc.constantFrom('mouMonitoring,orderRule\n0.1,equal\n"0.9","capacity"\n', 'months\n12\n24\n')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '\n', '"', 'a,b\n"1,2', 'a\n""\n', ',\n,\n', '\r\r\r', 'months\n' + '1'.repeat(100_000)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 10_000, max: 300_000 }).map((n) => `months,trustBuild\n12,"${'0'.repeat(n)}.5"\n24,0.1\n`),
  },
);

/** A field matrix for the CSV round trip (header fields non-empty after trimming and distinct from blank lines). */
export const csvMatrix: fc.Arbitrary<string[][]> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
  .chain(([cols, rows]) =>
    fc.tuple(
      fc.array(fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s !== ''), { minLength: cols, maxLength: cols }),
      fc.array(
        fc.array(cols === 1 ? fc.string({ minLength: 1, maxLength: 8 }) : fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 }), nasty), {
          minLength: cols,
          maxLength: cols,
        }),
        { minLength: rows, maxLength: rows },
      ),
    ),
  )
  .map(([h, rows]) => [h, ...rows]);

export function writeCsv(m: readonly string[][], eol: string, always: boolean): string {
  return m.map((r) => r.map((s) => quoteCell(s, always)).join(',')).join(eol) + eol;
}

// ------------------------------------------------------------------ command line

/** A `--set` argument: name=value with a known or unknown name, a value text, odd spacing and separators. */
export const setArgument: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...DECLS)
      .chain((d) => fc.tuple(fc.constantFrom('', ' '), fc.constant(d.name), fc.constantFrom('=', ' =', '= '), textFor(d)))
      .map(([a, n, eq, v]) => a + n + eq + v),
  },
  { weight: 2, arbitrary: fc.tuple(anyString, anyString).map(([n, v]) => `${n}=${v}`) },
  { weight: 1, arbitrary: anyString },
);

/** A query string for the explorer: known keys with good or bad values, unknown keys, raw junk. */
export const queryString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(...DECLS).chain((d) => fc.tuple(fc.constant(d.name), textFor(d))),
          fc.tuple(fc.constantFrom('scenario'), fc.oneof(fc.constantFrom(...PRESET_NAMES), anyString)),
          fc.tuple(fc.constantFrom('replicates', 'seed', 'year'), fc.oneof(anyNumber.map(String), anyString)),
          fc.tuple(fc.constantFrom('baseline'), fc.constantFrom('0', '1', 'true', '')),
          fc.tuple(fc.constantFrom('lang'), fc.constantFrom('en', 'id', 'fr', '')),
          fc.tuple(anyString, anyString),
        ),
        { maxLength: 6 },
      )
      .chain((kv) => fc.constantFrom('?', '').map((q) => q + new URLSearchParams(kv).toString())),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '?', '&&&', '?=', '?a=%', '?a=%zz', '?months=%E0%A4%A', '?scenario=mou&scenario=nosuch') },
);
