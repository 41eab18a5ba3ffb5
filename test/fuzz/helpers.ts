/**
 * Shared by the experiment fuzz tests: a fake file reader, the size bound of a
 * design, what an accepted experiment promises, and the in-process `validate`.
 */
import { expect } from 'vitest';
import { makePlan, runIdentity, runParams } from '../../src/experiments/plan.js';
import { DESIGN_TYPES } from '../../src/experiments/schema.js';
import { checkExperiment, parseExperimentText, type Experiment, type Reader } from '../../src/experiments/spec.js';
import { checkValue, declaration, defaults, InputError, withOverrides, type ParamDecl } from '../../src/params/index.js';
import { accepts, assertNoWarnings, catchWarnings } from './checks.js';

export const WHERE = 'x.yaml';
/** Upper bound on the work of planning a design; larger ones are not planned here (see B3 in known-bugs.test.ts). */
export const PLAN_CAP = 20_000;
/** No single case may take longer than this (a hang or runaway allocation shows up here). */
const CASE_MS = 10_000;

/** A reader serving the CSV design and scenario files an experiment names; anything else is missing. */
export function fakeReader(csv: string, scenario: string): Reader {
  return {
    readText(rel, field) {
      if (rel === 'design.csv') return csv;
      if (rel === 'mine.json' || rel === 'sub/dir.json') return scenario;
      if (rel === 'other.json') return '{"name": "other", "base": "mou", "params": {"mouMonitoring": 0.2}}';
      throw new InputError(field, `a readable file (${rel} relative to the experiment file)`, 'ENOENT');
    },
  };
}

/** Upper bound on the rows/work makePlan would create for an accepted experiment. */
export function planWork(e: Experiment): number {
  const d = e.design;
  const k = d.parameters.length;
  switch (d.type) {
    case 'none':
      return 1;
    case 'csv':
      return d.rows.length;
    case 'grid':
      return d.parameters.reduce((n, p) => n * (p.values?.length ?? p.levels ?? d.levels), 1);
    case 'lhs':
      return d.samples * Math.max(1, k);
    case 'saltelli':
      return d.samples * (d.secondOrder ? 2 * k + 2 : k + 2);
    case 'morris':
      return d.candidates > 0 ? d.candidates * d.candidates * (k + 1) : d.trajectories * (k + 1);
  }
}

/** Everything an accepted experiment promises. */
export function checkAccepted(e: Experiment): void {
  expect(e.name).toMatch(/^[A-Za-z0-9_.-]{1,64}$/);
  expect(Number.isSafeInteger(e.seed) && e.seed >= 0).toBe(true);
  expect(Number.isInteger(e.replicates) && e.replicates >= 1 && e.replicates <= 100_000).toBe(true);
  expect(e.scenarios.length).toBeGreaterThan(0);
  expect(new Set(e.scenarios.map((s) => s.name)).size).toBe(e.scenarios.length);
  for (const s of e.scenarios) expect(withOverrides(defaults(), s.params as unknown as Record<string, unknown>)).toEqual(s.params);
  const d = e.design;
  expect(DESIGN_TYPES).toContain(d.type);
  for (const p of d.parameters) {
    const decl = declaration(p.name) as ParamDecl;
    expect(decl).toBeDefined();
    if (p.values) for (const v of p.values) expect(checkValue(decl, v)).toBe(v);
    if (p.range) {
      const [lo, hi] = p.range;
      expect(lo < hi).toBe(true);
      checkValue(decl, lo);
      checkValue(decl, hi);
    }
  }
  for (const row of d.rows) for (const [k, v] of Object.entries(row)) checkValue(declaration(k)!, v);
  if (d.type !== 'none' && d.type !== 'csv') expect(d.parameters.length).toBeGreaterThan(0);
  const horizon = Math.min(...e.scenarios.map((s) => s.params.months));
  if (e.outputs.months !== 'all') {
    const m = e.outputs.months;
    expect([...m].sort((a, b) => a - b)).toEqual(m);
    expect(new Set(m).size).toBe(m.length);
    for (const x of m) expect(Number.isInteger(x) && x >= 1 && x <= horizon).toBe(true);
  }
  expect(e.outputs.formats.length).toBeGreaterThan(0);
  expect(e.outputs.series || e.outputs.summary).toBe(true);
}

/** The whole in-process path of `collabsim validate`: parse, check, plan (bounded). */
export function validateText(text: string, csv: string, scenario: string): 'rejected' | 'accepted' | 'huge' {
  const t0 = Date.now();
  const warnings = catchWarnings();
  try {
    const e = accepts(() => checkExperiment(parseExperimentText(text, WHERE), WHERE, fakeReader(csv, scenario)), text);
    if (!e) return 'rejected';
    checkAccepted(e);
    if (planWork(e) > PLAN_CAP) return 'huge';
    const plan = accepts(() => makePlan(e), text);
    if (!plan) return 'rejected';
    expect(plan.points.length).toBeGreaterThan(0);
    expect(plan.runCount).toBe(plan.points.length * e.scenarios.length * e.replicates);
    // Repeated rows are merged, so point ids (and run ids) are unique.
    expect(new Set(plan.points.map((p) => p.id)).size).toBe(plan.points.length);
    // A point whose values clash (e.g. initialProducers > producerPool) fails its runs with an InputError.
    for (let g = 0; g < Math.min(plan.groupCount, 8); g++) accepts(() => runParams(plan, runIdentity(plan, g * e.replicates)), text);
    return 'accepted';
  } finally {
    expect(Date.now() - t0, 'one case took too long').toBeLessThan(CASE_MS);
    assertNoWarnings(warnings.stop(), text);
  }
}
