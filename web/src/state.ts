/**
 * The explorer's page state and its URL form. Everything a view depends on is in the
 * query string (scenario preset, parameter changes, replicates, seed, baseline,
 * profile year, language), so a link reproduces the view. Pure: no DOM.
 */
import { fullYears } from '../../src/analysis/stats.js';
import { type Lang, isLang } from '../../src/report/i18n.js';
import { PARAMS, declaration, parseValue, withOverrides, type ParamDecl, type ParamName, type Params, type ParamValue } from '../../src/params/index.js';
import { findPreset, PRESETS, resolveScenario, scenarioFromJson } from '../../src/scenarios/index.js';

export interface ExplorerState {
  /** Preset the parameters start from. */
  scenario: string;
  /** Parameters changed from the preset's values. */
  overrides: Partial<Record<ParamName, ParamValue>>;
  replicates: number;
  seed: number;
  /** Compare with a baseline (run with the same seeds). */
  baseline: boolean;
  /** The baseline: null = the same settings without an MoU, else a preset (with the changes applied to it too). */
  vs: string | null;
  /** Further presets compared with the same baseline (with the changes applied), at most MAX_ALSO. */
  also: string[];
  /** Year of the profile chart and key numbers; null = the last full year. */
  year: number | null;
  lang: Lang;
}

export const DEFAULT_SEED = 20150718;
export const MAX_REPLICATES = 500;
/** Alternatives besides the edited scenario: 1 to 3 compared with one baseline keep the table readable. */
export const MAX_ALSO = 2;

export function defaultState(): ExplorerState {
  return { scenario: 'mou', overrides: {}, replicates: 30, seed: DEFAULT_SEED, baseline: true, vs: null, also: [], year: null, lang: 'en' };
}

/** The preset's full parameter set. */
export function presetParams(name: string): Params {
  const p = findPreset(name);
  if (!p) throw new Error(`unknown preset ${name}`);
  return resolveScenario(p);
}

/** The parameters of the view; throws InputError when the changes are inconsistent (e.g. layoff ≥ hire threshold). */
export function effectiveParams(s: ExplorerState): Params {
  return withOverrides(presetParams(s.scenario), s.overrides);
}

/** A preset with the view's changes applied (as `--set` applies to every scenario of `collabsim compare`). */
export function presetWithChanges(name: string, s: ExplorerState): Params {
  return withOverrides(presetParams(name), s.overrides);
}

/** The same parameters without an MoU, or undefined when there is no MoU to switch off. */
export function withoutMou(p: Params): Params | undefined {
  return p.mouSignMonth === -1 ? undefined : { ...p, mouSignMonth: -1 };
}

/** Drops changes that equal the preset's value (so a link stays as short as the view allows). */
export function normalise(s: ExplorerState): ExplorerState {
  const base = presetParams(s.scenario) as unknown as Record<string, ParamValue>;
  const overrides: Partial<Record<ParamName, ParamValue>> = {};
  for (const d of PARAMS) {
    const v = s.overrides[d.name];
    if (v !== undefined && v !== base[d.name]) overrides[d.name] = v;
  }
  return { ...s, overrides };
}

function valueToText(v: ParamValue): string {
  return typeof v === 'number' ? String(v) : String(v);
}

/** The query string of a state (without "?"): defaults left out, parameters in declaration order. */
export function encodeState(s: ExplorerState): string {
  const d = defaultState();
  const q = new URLSearchParams();
  q.set('scenario', s.scenario);
  if (s.replicates !== d.replicates) q.set('replicates', String(s.replicates));
  if (s.seed !== d.seed) q.set('seed', String(s.seed));
  if (s.baseline !== d.baseline) q.set('baseline', s.baseline ? '1' : '0');
  if (s.vs !== null) q.set('vs', s.vs);
  if (s.also.length) q.set('also', s.also.join(','));
  if (s.year !== null) q.set('year', String(s.year));
  if (s.lang !== d.lang) q.set('lang', s.lang);
  for (const p of PARAMS) {
    const v = s.overrides[p.name];
    if (v !== undefined) q.set(p.name, valueToText(v));
  }
  return q.toString();
}

function intIn(text: string, min: number, max: number): number | undefined {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/**
 * Reads a state from a query string. A value that cannot be used is left out and
 * reported in `problems` (one line each), so a damaged link still opens.
 */
export function decodeState(search: string): { state: ExplorerState; problems: string[] } {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const s = defaultState();
  const problems: string[] = [];
  for (const [key, value] of q) {
    switch (key) {
      case 'scenario':
        if (findPreset(value)) s.scenario = value;
        else problems.push(`scenario: expected one of ${PRESETS.map((p) => p.name).join(', ')}, got ${JSON.stringify(value)}`);
        break;
      case 'replicates': {
        const n = intIn(value, 1, MAX_REPLICATES);
        if (n === undefined) problems.push(`replicates: expected an integer in [1, ${MAX_REPLICATES}], got ${JSON.stringify(value)}`);
        else s.replicates = n;
        break;
      }
      case 'seed': {
        const n = intIn(value, 0, Number.MAX_SAFE_INTEGER);
        if (n === undefined) problems.push(`seed: expected a non-negative integer, got ${JSON.stringify(value)}`);
        else s.seed = n;
        break;
      }
      case 'baseline':
        if (value === '1' || value === '0') s.baseline = value === '1';
        else problems.push(`baseline: expected 0 or 1, got ${JSON.stringify(value)}`);
        break;
      case 'vs':
        if (findPreset(value)) s.vs = value;
        else problems.push(`vs: expected one of ${PRESETS.map((p) => p.name).join(', ')}, got ${JSON.stringify(value)}`);
        break;
      case 'also': {
        const names = value.split(',').filter((n) => n !== '');
        const bad = names.find((n) => !findPreset(n));
        if (bad !== undefined) problems.push(`also: expected presets from ${PRESETS.map((p) => p.name).join(', ')}, got ${JSON.stringify(bad)}`);
        else if (new Set(names).size !== names.length || names.length > MAX_ALSO) problems.push(`also: expected at most ${MAX_ALSO} different presets, got ${JSON.stringify(value)}`);
        else s.also = names;
        break;
      }
      case 'year': {
        const n = intIn(value, 1975, 2200);
        if (n === undefined) problems.push(`year: expected a calendar year, got ${JSON.stringify(value)}`);
        else s.year = n;
        break;
      }
      case 'lang':
        if (isLang(value)) s.lang = value;
        else problems.push(`lang: expected en or id, got ${JSON.stringify(value)}`);
        break;
      default: {
        const d = declaration(key) as ParamDecl | undefined;
        if (!d) {
          problems.push(`${/^[A-Za-z0-9_.-]+$/.test(key) ? key : JSON.stringify(key)}: not a parameter of the model`);
          break;
        }
        try {
          s.overrides[d.name as ParamName] = parseValue(d, value);
        } catch (e) {
          problems.push((e as Error).message);
        }
      }
    }
  }
  // JSON.stringify leaves U+2028/U+2029 (and NEL) as they are; they break lines too.
  return { state: normalise(s), problems: problems.map((p) => p.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)) };
}

/** The year of the key numbers: the chosen one if the horizon holds it, else the last full year (undefined: no full year, or the settings break a rule). */
export function tableYear(s: ExplorerState): number | undefined {
  let p: Params;
  try {
    p = effectiveParams(s);
  } catch {
    return undefined;
  }
  const years = fullYears(p.startYear, p.months);
  return s.year !== null && years.includes(s.year) ? s.year : years.at(-1);
}

/**
 * The commands that make the same runs (same seeds, same outputs) on the command
 * line: `compare BASELINE ALTERNATIVE` per alternative when the baseline is a
 * preset (its comparison.csv holds the same numbers as the key numbers table),
 * else `run` of the settings shown. One command a line.
 */
export function cliCommand(s: ExplorerState): string {
  const tail = [`--replicates ${s.replicates}`, `--seed ${s.seed}`];
  for (const p of PARAMS) {
    const v = s.overrides[p.name];
    if (v !== undefined) tail.push(`--set ${p.name}=${valueToText(v)}`);
  }
  if (s.baseline && s.vs !== null) {
    const year = tableYear(s);
    return [s.scenario, ...s.also]
      .filter((a) => a !== s.vs)
      .map((a) => ['npx collabsim compare', s.vs, a, ...tail, ...(year === undefined ? [] : [`--years ${year}`])].join(' '))
      .join('\n');
  }
  return ['npx collabsim run', s.scenario, ...tail].join(' ');
}

/**
 * The scenario of a view as a file `collabsim run FILE.json` accepts (see
 * experiments/mou-light-touch.json): the preset as base and the changes as params,
 * in declaration order.
 */
export function scenarioFile(s: ExplorerState): { name: string; text: string } {
  const params: Record<string, ParamValue> = {};
  for (const p of PARAMS) {
    const v = s.overrides[p.name];
    if (v !== undefined) params[p.name] = v;
  }
  const n = Object.keys(params).length;
  const name = n ? `${s.scenario}-modified` : s.scenario;
  const description = n ? `${s.scenario} with ${n} change${n === 1 ? '' : 's'}, saved from the collabsim explorer` : `${s.scenario}, saved from the collabsim explorer`;
  return { name, text: JSON.stringify({ name, description, base: s.scenario, params }, null, 2) + '\n' };
}

/**
 * A view showing a scenario file: its base preset (status-quo, the declared
 * defaults, when it has none) and every parameter it sets differently from that
 * preset. Throws InputError naming the field, as `collabsim run FILE.json` would.
 */
export function stateFromScenarioFile(text: string, file: string, s: ExplorerState): { state: ExplorerState; name: string } {
  const def = scenarioFromJson(text.replace(/^\uFEFF/, ''), `scenario file ${file}`);
  const params = resolveScenario(def) as unknown as Record<string, ParamValue>;
  const scenario = def.base ?? 'status-quo';
  return { state: normalise({ ...s, scenario, overrides: params as Partial<Record<ParamName, ParamValue>> }), name: def.name };
}
