/**
 * Calibration files (YAML or JSON, like experiment files): which preset to start
 * from, fixed overrides, the parameters to fit with their prior ranges, the observed
 * data, and the ABC-SMC settings. Pure: files are read through a `Reader`.
 */
import { problemFromParams, type Problem } from '../design/problem.js';
import { InputError } from '../errors.js';
import { withOverrides, type Params } from '../params/index.js';
import { findPreset, resolveScenario } from '../scenarios/index.js';
import type { Reader } from './spec.js';

/** The outcomes calibrated against, in the order of each observation row. */
export const CALIBRATED_OUTCOMES = ['producers', 'workers', 'productionPerDay'] as const;

export interface Calibration {
  readonly name: string;
  /** The preset the fit starts from. */
  readonly scenario: string;
  /** The preset with `fixed` applied. */
  readonly base: Params;
  readonly fixed: Record<string, unknown>;
  /** Parameters to fit; without a range, the declared range is the prior. */
  readonly parameters: readonly { readonly name: string; readonly range?: [number, number] }[];
  /** The fitted parameters as a problem: names, prior bounds (given or declared), integer flags. */
  readonly problem: Problem;
  readonly years: readonly number[];
  /** One row per year: observed values of CALIBRATED_OUTCOMES. */
  readonly observations: readonly (readonly number[])[];
  readonly particles: number;
  readonly populations: number;
  readonly maxSimulations: number;
  readonly seed: number;
}

export interface CalibrationReader extends Reader {
  /** Text of the shipped data/serengan.json, used when the file names no `data`. */
  defaultData(): string;
}

const KEYS = ['name', 'description', 'scenario', 'set', 'parameters', 'data', 'particles', 'populations', 'maxSimulations', 'seed'];

/** Checks a parsed calibration file (`where` names it in errors). */
export function checkCalibration(raw: unknown, where: string, reader: CalibrationReader): Calibration {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(where, 'a mapping (object)');
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) throw new InputError(`${where}: ${k}`, `no such key (allowed: ${KEYS.join(', ')})`);
  const f = (k: string) => `${where}: ${k}`;
  const int = (k: string, d: number, lo: number, hi: number) => {
    const v = o[k] ?? d;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new InputError(f(k), `an integer in [${lo}, ${hi}]`, v);
    return v;
  };
  const name = o.name ?? 'calibration';
  if (typeof name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(name)) throw new InputError(f('name'), 'a name of letters, digits, . _ -', o.name);
  const scenario = o.scenario ?? 'status-quo';
  const preset = typeof scenario === 'string' ? findPreset(scenario) : undefined;
  if (!preset) throw new InputError(f('scenario'), 'a preset scenario name', scenario);
  const fixed = (o.set as Record<string, unknown>) ?? {};
  const base = resolveScenario(preset, fixed, f('set'));
  if (!Array.isArray(o.parameters) || o.parameters.length === 0) throw new InputError(f('parameters'), 'a list of {name, range?}');
  const parameters = (o.parameters as unknown[]).map((p, k) => {
    const at = f(`parameters[${k}]`);
    if (typeof p !== 'object' || p === null) throw new InputError(at, '{name, range?}');
    const q = p as Record<string, unknown>;
    if (typeof q.name !== 'string') throw new InputError(`${at}.name`, 'a parameter name');
    if (q.range !== undefined) {
      const r = q.range as unknown[];
      if (!Array.isArray(r) || r.length !== 2 || !r.every((x) => typeof x === 'number' && Number.isFinite(x)) || !((r[0] as number) < (r[1] as number)))
        throw new InputError(`${at}.range`, '[low, high] with low < high', q.range);
      // Both ends must be valid values of the parameter.
      withOverrides(base, { [q.name]: r[0] }, at);
      withOverrides(base, { [q.name]: r[1] }, at);
    }
    return { name: q.name, range: q.range as [number, number] | undefined };
  });
  const problem = problemFromParams(parameters.map((p) => p.name), f('parameters'));
  parameters.forEach((p, k) => {
    if (p.range) problem.bounds[k] = p.range;
  });
  if (o.data !== undefined && typeof o.data !== 'string') throw new InputError(f('data'), 'a path to a data file like data/serengan.json', o.data);
  const dataText = o.data === undefined ? reader.defaultData() : reader.readText(o.data, f('data'));
  const observations = parseObservations(dataText, f('data'));
  return {
    name,
    scenario: scenario as string,
    base,
    fixed,
    parameters,
    problem,
    years: observations.map((x) => x.year),
    observations: observations.map((x) => CALIBRATED_OUTCOMES.map((m) => x[m])),
    particles: int('particles', 200, 10, 100000),
    populations: int('populations', 8, 1, 100),
    maxSimulations: int('maxSimulations', 20000, 100, 10000000),
    seed: int('seed', 1, 0, Number.MAX_SAFE_INTEGER),
  };
}

type Observation = { year: number } & Record<(typeof CALIBRATED_OUTCOMES)[number], number>;

/** The `observations` of a data file in the form of data/serengan.json. */
function parseObservations(text: string, field: string): Observation[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(field, `a JSON data file like data/serengan.json (${(e as Error).message})`);
  }
  const obs = (data as { observations?: unknown })?.observations;
  const ok = (x: unknown): x is Observation =>
    typeof x === 'object' && x !== null && ['year', ...CALIBRATED_OUTCOMES].every((k) => typeof (x as Record<string, unknown>)[k] === 'number');
  if (!Array.isArray(obs) || obs.length === 0 || !obs.every(ok)) throw new InputError(`${field}.observations`, `a list of {year, ${CALIBRATED_OUTCOMES.join(', ')}}`);
  return obs;
}
