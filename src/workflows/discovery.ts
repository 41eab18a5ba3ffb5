/**
 * When does an MoU work: PRIM scenario discovery over an experiment's design points,
 * for a condition written in (restricted) mathjs syntax over `v(outcome, month, scenario)` (the
 * replicate mean at a point). Like EMA Workbench's prim, it takes the inputs and
 * the outcome and returns the box; reading results and writing files are the CLI's.
 */
import { prim, pruneBox, type PrimOptions, type PrimResult, type PrunedBox } from '../analysis/prim.js';
import { InputError } from '../errors.js';
import { compileWhere } from './where.js';

export interface DiscoveryInput {
  /** The condition, true or false at each point. */
  readonly where: string;
  /** The design points' parameter values. */
  readonly points: readonly { readonly values: Readonly<Record<string, unknown>> }[];
  /** Per-point replicate means of an outcome at a month in a scenario (throws InputError for unknown names). */
  readonly values: (outcome: string, month: number, scenario: string) => ArrayLike<number>;
  /** Names the results in errors. */
  readonly source: string;
  readonly options: Pick<PrimOptions, 'peelAlpha' | 'threshold' | 'massMin'>;
  /** A step of the peeling trajectory to take as the box (default: PRIM's threshold rule); names `--box` in errors. */
  readonly box?: number;
  /** Restrictions with a quasi-p-value above this are dropped as trivial (default 0.05; 1 keeps all). */
  readonly maxP?: number;
}

export interface Discovery {
  /** The numeric design parameters PRIM restricts. */
  readonly names: string[];
  /** Whether each point meets the condition. */
  readonly y: boolean[];
  /** Points that meet it. */
  readonly cases: number;
  readonly result: PrimResult;
  /** The chosen box with its trivial restrictions dropped, and each restriction's quasi-p-value. */
  readonly pruned: PrunedBox;
}

export function discover(input: DiscoveryInput): Discovery {
  const { points, where } = input;
  const names = [...new Set(points.flatMap((p) => Object.keys(p.values)))].filter((n) => points.every((p) => typeof p.values[n] === 'number'));
  if (names.length === 0) throw new InputError(input.source, 'an experiment with numeric design parameters');
  const cache = new Map<string, ArrayLike<number>>();
  const value = (outcome: string, month: number, scenario: string, p: number) => {
    const key = `${outcome}@${month}|${scenario}`;
    let arr = cache.get(key);
    if (!arr) cache.set(key, (arr = input.values(outcome, month, scenario)));
    return arr[p];
  };
  // A restricted evaluator: nothing in the condition can allocate without bound.
  const condition = compileWhere(where);
  const y = points.map((_, p) => condition((outcome, month, scenario) => value(outcome, month, scenario, p)));
  const X = points.map((p) => names.map((n) => p.values[n] as number));
  let result = prim(X, names, y, input.options);
  if (input.box !== undefined) {
    const last = result.trajectory.length - 1;
    if (!Number.isInteger(input.box) || input.box < 0 || input.box > last) throw new InputError('--box', `a step of the peeling trajectory, 0 to ${last}`, input.box);
    result = prim(X, names, y, { ...input.options, select: input.box });
  }
  const pruned = pruneBox(X, names, y, result.box.limits, input.maxP ?? 0.05);
  return { names, y, cases: y.filter(Boolean).length, result, pruned };
}
