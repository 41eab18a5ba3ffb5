import { gridPoints, levelsOf } from '../design/grid.js';
import { latinHypercube } from '../design/lhs.js';
import { morris } from '../design/morris.js';
import type { Problem } from '../design/problem.js';
import { saltelli } from '../design/saltelli.js';
import { deriveSeed, makeRng } from '../engine/rng.js';
import { canonical, pointId, runSeed } from './seeds.js';
import { InputError, withOverrides, type Params, type ParamValue } from '../params/index.js';
import type { DesignParameter, Experiment } from './spec.js';

/**
 * The plan of an experiment: design points, and the runs they make with the
 * scenarios and replicates. Runs are grouped: group g is one design point under one
 * scenario, with all its replicates (point-major, then scenario). Groups are the unit
 * of summaries, checkpoints and shards.
 */
export interface DesignPoint {
  readonly index: number;
  /** Identity from the point's values, not its position: growing a design keeps ids and seeds. */
  readonly id: string;
  readonly values: Readonly<Record<string, ParamValue>>;
}

export interface Plan {
  readonly experiment: Experiment;
  /** Distinct design points, in order of first appearance. */
  readonly points: readonly DesignPoint[];
  /** For each row of the design (as generated), its point: rows with equal values share one. */
  readonly rowPoint: Int32Array;
  readonly groupCount: number;
  readonly runCount: number;
  /** Months (0-based) written to series and summaries. */
  readonly months: Int32Array;
  /** Identity of everything that determines the outputs (checked on resume and merge). */
  readonly hash: string;
}

export interface RunIdentity {
  readonly index: number;
  readonly group: number;
  readonly point: DesignPoint;
  readonly scenario: number;
  readonly replicate: number;
  readonly runId: string;
  readonly seed: number;
}

function problemOf(params: readonly DesignParameter[]): Problem {
  return { names: params.map((p) => p.name), bounds: params.map((p) => [p.range![0], p.range![1]] as [number, number]) };
}

/** Maps scaled coordinates to valid values: integers are rounded (LHS cells stay equiprobable by flooring). */
function toValues(params: readonly DesignParameter[], row: readonly number[], unit: boolean): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  params.forEach((p, j) => {
    const [lo, hi] = p.range!;
    if (p.decl.kind === 'int') {
      out[p.name] = unit ? Math.min(hi, Math.floor(lo + row[j] * (hi - lo + 1))) : Math.round(row[j]);
    } else out[p.name] = unit ? lo + row[j] * (hi - lo) : row[j];
  });
  return out;
}

export function designPoints(e: Experiment): Record<string, ParamValue>[] {
  const d = e.design;
  switch (d.type) {
    case 'none':
      return [{}];
    case 'csv':
      return d.rows.map((r) => ({ ...r }));
    case 'grid':
      return gridPoints(
        d.parameters.map((p) => ({
          name: p.name,
          values: p.values ?? levelsOf(p.range![0], p.range![1], p.levels ?? d.levels, p.decl.kind === 'int'),
        })),
      );
    case 'lhs': {
      const rng = makeRng(deriveSeed(e.seed, 'lhs', d.samples));
      return latinHypercube(d.samples, d.parameters.length, rng).map((u) => toValues(d.parameters, u, true));
    }
    case 'saltelli':
    case 'morris':
      return designRows(e).map((x) => toValues(d.parameters, x, false));
  }
}

/** The problem (names and bounds) of a range-based design. */
export function designProblem(e: Experiment): Problem {
  return problemOf(e.design.parameters);
}

/**
 * Saltelli and Morris designs as unrounded numeric rows, in plan order: what the
 * Sobol and Morris analyses need (integer parameters are rounded only for the runs).
 */
export function designRows(e: Experiment): number[][] {
  const d = e.design;
  if (d.type === 'saltelli') return saltelli(problemOf(d.parameters), d.samples, { secondOrder: d.secondOrder });
  if (d.type === 'morris')
    // With candidates, r trajectories are chosen for spread out of that many (Campolongo et al. 2007).
    return morris(problemOf(d.parameters), d.candidates > 0 ? d.candidates : d.trajectories, {
      levels: d.levels,
      optimalTrajectories: d.candidates > 0 ? d.trajectories : undefined,
      seed: deriveSeed(e.seed, 'morris'),
    });
  throw new InputError('design.type', 'saltelli or morris for a sensitivity analysis', d.type);
}

export function makePlan(e: Experiment): Plan {
  const values = designPoints(e);
  if (values.length === 0) throw new InputError('design', 'at least one design point');
  // Equal rows (integer parameters rounded together, repeated grid values or CSV rows)
  // are one point: the same values would get the same run ids and seeds, so a copy
  // would only repeat its runs. Analyses map each row to its point (rowPoint).
  const byKey = new Map<string, number>();
  const ids = new Set<string>();
  const points: DesignPoint[] = [];
  const rowPoint = new Int32Array(values.length);
  values.forEach((v, row) => {
    const key = canonical(v);
    let k = byKey.get(key);
    if (k === undefined) {
      k = points.length;
      const id = pointId(v);
      if (ids.has(id)) throw new Error(`design point id ${id} is shared by two different points`);
      ids.add(id);
      byKey.set(key, k);
      points.push({ index: k, id, values: v });
    }
    rowPoint[row] = k;
  });
  const horizon = Math.min(...e.scenarios.map((s) => s.params.months));
  const months = e.outputs.months === 'all' ? Int32Array.from({ length: horizon }, (_, m) => m) : Int32Array.from(e.outputs.months, (m) => m - 1);
  const groupCount = points.length * e.scenarios.length;
  const hash = deriveSeed(
    'plan',
    JSON.stringify({
      seed: e.seed,
      randomNumbers: e.randomNumbers,
      replicates: e.replicates,
      scenarios: e.scenarios,
      points: points.map((p) => canonical(p.values as Record<string, ParamValue>)),
      outputs: e.outputs,
    }),
  )
    .toString(16)
    .padStart(14, '0');
  return { experiment: e, points, rowPoint, groupCount, runCount: groupCount * e.replicates, months, hash };
}

export function runIdentity(plan: Plan, index: number): RunIdentity {
  const e = plan.experiment;
  const R = e.replicates;
  const S = e.scenarios.length;
  const group = Math.floor(index / R);
  const replicate = (index % R) + 1;
  const point = plan.points[Math.floor(group / S)];
  const scenario = group % S;
  const name = e.scenarios[scenario].name;
  return {
    index,
    group,
    point,
    scenario,
    replicate,
    runId: `${point.id}/${name}/${replicate}`,
    seed: runSeed(e.seed, point.id, name, replicate, e.randomNumbers),
  };
}

/** Parameters of a run; throws (an InputError) for a point whose values clash, e.g. initialProducers > producerPool. */
export function runParams(plan: Plan, id: RunIdentity): Params {
  return withOverrides(plan.experiment.scenarios[id.scenario].params, id.point.values, `design point ${id.point.id}`);
}

export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Groups of a shard: every count-th group from index, so shards are balanced and deterministic. */
export function shardGroups(plan: Plan, shard: Shard): number[] {
  const out: number[] = [];
  for (let g = shard.index; g < plan.groupCount; g += shard.count) out.push(g);
  return out;
}
