/**
 * Adapters from the analysis modules' results to the report's optional sections.
 * The input types are structural (the fields the report needs), so the report does
 * not depend on how the analyses are implemented.
 */
import type { Text } from './i18n.js';
import type { CalibrationResult, MorrisResult, PrimLimit, PrimResult, SobolResult } from './types.js';

/** From Morris indices (names, μ*, σ, optional μ*-interval half-widths and μ). */
export function morrisSection(
  ix: { readonly names: readonly string[]; readonly muStar: readonly number[]; readonly sigma: readonly number[]; readonly muStarConf?: readonly number[]; readonly mu?: readonly number[]; readonly r?: number },
  outcome: string,
  year?: number,
  levels?: number,
  noiseShare?: number,
): MorrisResult {
  return {
    outcome,
    year,
    trajectories: ix.r,
    levels,
    noiseShare,
    rows: ix.names.map((param, k) => ({ param, muStar: ix.muStar[k], sigma: ix.sigma[k], muStarConf: ix.muStarConf?.[k], mu: ix.mu?.[k] })),
  };
}

/** From Sobol indices with confidence half-widths (value ± conf). */
export function sobolSection(
  ix: { readonly names: readonly string[]; readonly S1: readonly number[]; readonly S1conf: readonly number[]; readonly ST: readonly number[]; readonly STconf: readonly number[]; readonly N?: number },
  outcome: string,
  year?: number,
  noiseShare?: number,
): SobolResult {
  const iv = (v: number, c: number) => ({ value: v, lo: v - c, hi: v + c });
  return {
    outcome,
    year,
    noiseShare,
    baseSamples: ix.N,
    rows: ix.names.map((param, k) => ({ param, s1: iv(ix.S1[k], ix.S1conf[k]), st: iv(ix.ST[k], ix.STconf[k]) })),
  };
}

type AnalysisLimit =
  | { readonly name: string; readonly kind: 'numeric'; readonly min: number; readonly max: number }
  | { readonly name: string; readonly kind: 'categorical'; readonly values: readonly (string | number)[] };

/**
 * From a PRIM result (peeling trajectory and chosen box). With the whole data's
 * limits, an end of a range that was not restricted is left open. With `pruned`
 * (analysis/prim.ts pruneBox), the box is the pruned one: its kept restrictions with
 * their quasi-p-values, and the dropped ones listed apart.
 */
export function primSection(
  r: {
    readonly trajectory: readonly { readonly coverage: number; readonly density: number; readonly restrictedDims?: number }[];
    readonly box: { readonly coverage: number; readonly density: number; readonly mass?: number; readonly step?: number; readonly limits: readonly AnalysisLimit[] };
    readonly initialLimits?: readonly AnalysisLimit[];
  },
  outcome: string | Text,
  pruned?: {
    readonly coverage: number;
    readonly density: number;
    readonly mass: number;
    readonly kept: readonly { readonly limit: AnalysisLimit; readonly quasiP: number }[];
    readonly dropped: readonly { readonly limit: AnalysisLimit; readonly quasiP: number }[];
    readonly maxP: number;
  },
): PrimResult {
  const initial = new Map((r.initialLimits ?? []).map((l) => [l.name, l]));
  const limitOf = (l: AnalysisLimit, quasiP?: number): PrimLimit => {
    if (l.kind === 'categorical') return { param: l.name, values: l.values.map(String), quasiP };
    const all = initial.get(l.name);
    const whole = all && all.kind === 'numeric' ? all : undefined;
    return {
      param: l.name,
      min: whole && l.min <= whole.min ? undefined : l.min,
      max: whole && l.max >= whole.max ? undefined : l.max,
      quasiP,
    };
  };
  const box = pruned
    ? { coverage: pruned.coverage, density: pruned.density, mass: pruned.mass, step: r.box.step, limits: pruned.kept.map((x) => limitOf(x.limit, x.quasiP)), dropped: pruned.dropped.map((x) => limitOf(x.limit, x.quasiP)) }
    : { coverage: r.box.coverage, density: r.box.density, mass: r.box.mass, step: r.box.step, limits: r.box.limits.map((l) => limitOf(l)) };
  return {
    outcome,
    boxes: [box],
    trajectory: r.trajectory.map((s) => ({ coverage: s.coverage, density: s.density, dims: s.restrictedDims })),
    ranges: (r.initialLimits ?? []).flatMap((l) => (l.kind === 'numeric' ? [{ param: l.name, min: l.min, max: l.max }] : [])),
    maxP: pruned?.maxP,
  };
}

/** From an ABC posterior population (particles [k][param], weights) and the prior bounds. */
export function calibrationSection(
  r: { readonly names: readonly string[]; readonly posterior: { readonly particles: readonly (readonly number[])[]; readonly weights?: readonly number[]; readonly epsilon?: number } },
  bounds: readonly (readonly [number, number])[],
  predictive: CalibrationResult['predictive'] = [],
  method = 'ABC-SMC',
): CalibrationResult {
  return {
    accepted: r.posterior.particles.length,
    tolerance: r.posterior.epsilon,
    method,
    posterior: r.names.map((param, j) => ({
      param,
      min: bounds[j][0],
      max: bounds[j][1],
      samples: r.posterior.particles.map((p) => p[j]),
      weights: r.posterior.weights,
    })),
    predictive,
  };
}
