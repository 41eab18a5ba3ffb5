import { defaults, InputError, withOverrides, type Params } from '../params/index.js';
import { PRESETS, type ScenarioDef } from './presets.js';

export { PRESETS, type ScenarioDef };

export function findPreset(name: string): ScenarioDef | undefined {
  return PRESETS.find((s) => s.name === name);
}

/**
 * Checks the shape of a user scenario (parsed JSON) and returns it as a definition.
 * Values are checked against the parameter declarations when it is resolved.
 */
export function parseScenario(raw: unknown, where: string): ScenarioDef {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(where, 'a JSON object with name and params');
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!['name', 'description', 'base', 'params'].includes(k))
      throw new InputError(`${where}.${k}`, 'no such key (allowed: name, description, base, params)');
  if (typeof o.name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(o.name))
    throw new InputError(`${where}.name`, 'a name of 1-64 letters, digits, dot, dash or underscore', o.name);
  if (o.description !== undefined && typeof o.description !== 'string')
    throw new InputError(`${where}.description`, 'a string', o.description);
  if (o.base !== undefined && (typeof o.base !== 'string' || !findPreset(o.base)))
    throw new InputError(`${where}.base`, `one of the presets (${PRESETS.map((s) => s.name).join(', ')})`, o.base);
  if (typeof o.params !== 'object' || o.params === null || Array.isArray(o.params))
    throw new InputError(`${where}.params`, 'an object of parameter overrides');
  return {
    name: o.name,
    description: (o.description as string | undefined) ?? '',
    base: o.base as string | undefined,
    params: o.params as Record<string, unknown>,
  };
}

/** A scenario from the text of a JSON file; `what` words the expectation for bad JSON. */
export function scenarioFromJson(text: string, field: string, what = 'valid JSON'): ScenarioDef {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(field, `${what} (${(e as Error).message})`);
  }
  return parseScenario(raw, field);
}

/** Defaults, then the base scenario's overrides, then the scenario's own, then `extra` (e.g. --set). */
export function resolveScenario(s: ScenarioDef, extra: Record<string, unknown> = {}, extraWhere = '--set'): Params {
  let p = defaults();
  const chain: ScenarioDef[] = [];
  for (let cur: ScenarioDef | undefined = s; cur; cur = cur.base ? findPreset(cur.base) : undefined) {
    if (chain.includes(cur)) throw new InputError(`scenario ${s.name}.base`, 'no cycle of base scenarios');
    chain.unshift(cur);
  }
  for (const c of chain) p = withOverrides(p, c.params, `scenario ${c.name}.params`);
  return withOverrides(p, extra, extraWhere);
}
