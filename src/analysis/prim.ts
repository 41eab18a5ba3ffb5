/**
 * PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999), for scenario
 * discovery as in the EMA Workbench (Kwakkel 2017) and RAND's sdtoolkit: find a box
 * (a range per input) in which the cases of interest are concentrated.
 *
 * Inputs: X, rows x named columns (numbers; columns listed in `categorical` hold
 * category values), and y, whether each row is a case of interest.
 *
 * Peeling: starting from the box spanned by the data, every candidate peel is
 * tried: for each numeric input, removing the lowest or the highest `peelAlpha`
 * share of the points still in the box (the cut sits halfway between two distinct
 * data values, EMA's get_quantile); for each categorical input, removing one of the
 * categories left. The peel with the best objective wins (default "original": the
 * mean of y in the remaining box, i.e. its density; ties go to the peel that
 * restricts fewer inputs). Peeling goes on while the box keeps at least `massMin`
 * of all rows, and each box along the way is a step of the peeling trajectory with
 * its coverage (share of all cases of interest inside), density (share of the box's
 * rows that are cases), mass or support (share of all rows inside), the number of
 * restricted inputs and the limits.
 *
 * Choice: the box is the trajectory step with the highest coverage among those
 * whose density reaches `threshold` (default 0.8); if none does, the step with the
 * highest density ("last best"). `select` may also name a step index.
 *
 * Pasting: the chosen box is then grown back along its restricted inputs, adding
 * `pasteAlpha` of the nearby points at a time, while that raises the density and
 * keeps the mass above `massMin` (Friedman & Fisher's pasting step; usually it
 * changes little). The result lists only the restricted inputs.
 *
 * Pure and deterministic (no randomness involved).
 */
import { InputError } from '../errors.js';
import { binomialUpperTail } from './stats.js';

export type PrimObjective = 'original' | 'lenient1' | 'lenient2';

export interface PrimOptions {
  /** Share of the box's points removed by one peel (default 0.05). */
  peelAlpha?: number;
  /** Share of the nearby points added by one paste (default 0.05). */
  pasteAlpha?: number;
  /** Smallest box, as a share of all rows (default 0.05). */
  massMin?: number;
  /** Density the chosen box should reach (default 0.8). */
  threshold?: number;
  /** Names of the columns that hold categories rather than numbers. */
  categorical?: readonly string[];
  /**
   * Peel objective: "original" = mean of y in the new box (Friedman & Fisher; the
   * default); "lenient1" = gain in mean per row removed (EMA's default);
   * "lenient2" = lenient1 times the rows left.
   */
  objective?: PrimObjective;
  /** Run the pasting step on the chosen box (default true). */
  paste?: boolean;
  /** Which trajectory step to choose: "threshold" (default) or a step index. */
  select?: 'threshold' | number;
}

export type PrimLimit =
  | { name: string; kind: 'numeric'; min: number; max: number }
  | { name: string; kind: 'categorical'; values: (string | number)[] };

export interface PrimStep {
  /** 'peel' steps form the trajectory (step 0 is the whole data); 'paste' steps follow the choice. */
  phase: 'start' | 'peel' | 'paste';
  coverage: number;
  density: number;
  /** Share of all rows inside the box (support). */
  mass: number;
  /** Rows inside the box. */
  n: number;
  /** Cases of interest inside the box. */
  cases: number;
  restrictedDims: number;
  /** Limits of the restricted inputs only. */
  limits: PrimLimit[];
}

export interface PrimBox extends PrimStep {
  /** Index of the chosen step in `trajectory` (before pasting). */
  step: number;
  /** Whether the box reaches the density threshold. */
  meetsThreshold: boolean;
  /** Rows inside the box (indices into X). */
  rows: number[];
}

export interface PrimResult {
  /** The peeling trajectory: step 0 is the whole data, then one step per peel. */
  trajectory: PrimStep[];
  /** The pasting steps applied to the chosen box (empty if none helped). */
  pasting: PrimStep[];
  /** The chosen (and pasted) box, restricted inputs only. */
  box: PrimBox;
  /** The limits of the whole data, all inputs. */
  initialLimits: PrimLimit[];
  totalRows: number;
  totalCases: number;
}

type Column = { name: string; kind: 'numeric'; x: Float64Array } | { name: string; kind: 'categorical'; x: (string | number)[]; all: (string | number)[] };

interface BoxState {
  lo: number[];
  hi: number[];
  cats: Set<string | number>[];
  rows: Int32Array;
}

/**
 * PRIM's peeling cut (EMA Workbench's get_quantile): halfway between the quantile's
 * data value and the next distinct one, so a peel never cuts through tied values.
 * A box-limit rule, not a summary statistic: summaries use stats.ts's `quantile`.
 */
export function primQuantile(data: ArrayLike<number>, q: number): number {
  const s = Float64Array.from(data).sort();
  const i = (s.length - 1) * q;
  let lo = Math.floor(i);
  let hi = Math.ceil(i);
  if (q > 0.5) {
    while (s[lo] === s[hi] && lo > 0) lo--;
  } else {
    while (s[lo] === s[hi] && hi < s.length - 1) hi++;
  }
  return (s[lo] + s[hi]) / 2;
}

function objective(kind: PrimObjective, nOld: number, casesOld: number, nNew: number, casesNew: number): number {
  if (kind === 'original') return nNew > 0 ? casesNew / nNew : -1;
  const meanOld = casesOld / nOld;
  const meanNew = nNew > 0 ? casesNew / nNew : 0;
  if (meanNew === meanOld || nNew === nOld) return 0;
  const gain = (meanNew - meanOld) / Math.abs(nOld - nNew);
  return kind === 'lenient1' ? gain : gain * nNew;
}

export function prim(
  X: readonly (readonly (number | string)[])[],
  names: readonly string[],
  y: ArrayLike<boolean | number>,
  options: PrimOptions = {},
): PrimResult {
  const peelAlpha = options.peelAlpha ?? 0.05;
  const pasteAlpha = options.pasteAlpha ?? 0.05;
  const massMin = options.massMin ?? 0.05;
  const threshold = options.threshold ?? 0.8;
  const obj = options.objective ?? 'original';
  const catNames = new Set(options.categorical ?? []);
  const n = X.length;
  const d = names.length;
  if (n === 0) throw new InputError('X', 'at least one row');
  if (y.length !== n) throw new InputError('y', `one value per row of X (${n})`, y.length);
  if (!(peelAlpha > 0 && peelAlpha < 0.5)) throw new InputError('peelAlpha', 'a number in (0, 0.5)', peelAlpha);
  if (!(pasteAlpha > 0 && pasteAlpha < 0.5)) throw new InputError('pasteAlpha', 'a number in (0, 0.5)', pasteAlpha);
  if (!(massMin > 0 && massMin <= 1)) throw new InputError('massMin', 'a number in (0, 1]', massMin);
  for (const c of catNames) if (!names.includes(c)) throw new InputError(`categorical.${c}`, 'a column name of X');

  const cols: Column[] = names.map((name, j) => {
    if (catNames.has(name)) {
      const x = X.map((row) => row[j]);
      const all = [...new Set(x)].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
      return { name, kind: 'categorical', x, all };
    }
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = X[i][j];
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new InputError(`X[${i}].${name}`, 'a finite number (or list the column in categorical)', v);
      x[i] = v;
    }
    return { name, kind: 'numeric', x };
  });
  const yy = new Uint8Array(n);
  for (let i = 0; i < n; i++) yy[i] = y[i] ? 1 : 0;
  let totalCases = 0;
  for (let i = 0; i < n; i++) totalCases += yy[i];

  const init: BoxState = {
    lo: cols.map((c) => (c.kind === 'numeric' ? Math.min(...c.x) : Number.NaN)),
    hi: cols.map((c) => (c.kind === 'numeric' ? Math.max(...c.x) : Number.NaN)),
    cats: cols.map((c) => new Set(c.kind === 'categorical' ? c.all : [])),
    rows: Int32Array.from({ length: n }, (_, i) => i),
  };
  const isRestricted = (b: BoxState, j: number) => {
    const c = cols[j];
    return c.kind === 'numeric' ? b.lo[j] > init.lo[j] || b.hi[j] < init.hi[j] : b.cats[j].size < c.all.length;
  };
  const limitsOf = (b: BoxState, all = false): PrimLimit[] => {
    const out: PrimLimit[] = [];
    cols.forEach((c, j) => {
      if (!all && !isRestricted(b, j)) return;
      if (c.kind === 'numeric') out.push({ name: c.name, kind: 'numeric', min: b.lo[j], max: b.hi[j] });
      else out.push({ name: c.name, kind: 'categorical', values: c.all.filter((v) => b.cats[j].has(v)) });
    });
    return out;
  };
  const casesIn = (rows: Int32Array) => {
    let s = 0;
    for (let t = 0; t < rows.length; t++) s += yy[rows[t]];
    return s;
  };
  const stepOf = (b: BoxState, phase: PrimStep['phase']): PrimStep => {
    const cases = casesIn(b.rows);
    let restricted = 0;
    for (let j = 0; j < d; j++) if (isRestricted(b, j)) restricted++;
    return {
      phase,
      coverage: totalCases > 0 ? cases / totalCases : 0,
      density: b.rows.length > 0 ? cases / b.rows.length : 0,
      mass: b.rows.length / n,
      n: b.rows.length,
      cases,
      restrictedDims: restricted,
      limits: limitsOf(b),
    };
  };
  const copy = (b: BoxState): BoxState => ({ lo: b.lo.slice(), hi: b.hi.slice(), cats: b.cats.map((s) => new Set(s)), rows: b.rows });
  const countRestricted = (b: BoxState) => {
    let r = 0;
    for (let j = 0; j < d; j++) if (isRestricted(b, j)) r++;
    return r;
  };

  // ------------------------------------------------------------------ peeling
  const boxes: BoxState[] = [init];
  const trajectory: PrimStep[] = [stepOf(init, 'start')];
  let box = init;
  for (;;) {
    const nOld = box.rows.length;
    const casesOld = casesIn(box.rows);
    let best: { score: number; free: number; box: BoxState } | undefined;
    const consider = (cand: BoxState) => {
      const nNew = cand.rows.length;
      if (nNew === 0 || nNew >= nOld) return;
      const score = objective(obj, nOld, casesOld, nNew, casesIn(cand.rows));
      const free = d - countRestricted(cand);
      if (!best || score > best.score || (score === best.score && free > best.free)) best = { score, free, box: cand };
    };
    cols.forEach((c, j) => {
      if (c.kind === 'numeric') {
        const xj = new Float64Array(nOld);
        for (let t = 0; t < nOld; t++) xj[t] = c.x[box.rows[t]];
        const lower = primQuantile(xj, peelAlpha);
        const upper = primQuantile(xj, 1 - peelAlpha);
        const low = copy(box);
        low.lo[j] = lower;
        low.rows = box.rows.filter((i) => c.x[i] >= lower);
        consider(low);
        const up = copy(box);
        up.hi[j] = upper;
        up.rows = box.rows.filter((i) => c.x[i] <= upper);
        consider(up);
      } else if (box.cats[j].size > 1) {
        for (const v of c.all) {
          if (!box.cats[j].has(v)) continue;
          const cand = copy(box);
          cand.cats[j].delete(v);
          cand.rows = box.rows.filter((i) => c.x[i] !== v);
          consider(cand);
        }
      }
    });
    const chosen = best as { score: number; free: number; box: BoxState } | undefined;
    if (!chosen || chosen.box.rows.length / n < massMin || !(chosen.score > 0)) break;
    box = chosen.box;
    boxes.push(box);
    trajectory.push(stepOf(box, 'peel'));
  }

  // ------------------------------------------------------------------ choice
  let step: number;
  if (typeof options.select === 'number') {
    if (!Number.isInteger(options.select) || options.select < 0 || options.select >= trajectory.length)
      throw new InputError('select', `a step index in [0, ${trajectory.length - 1}]`, options.select);
    step = options.select;
  } else {
    step = -1;
    trajectory.forEach((s, k) => {
      if (s.density < threshold) return;
      const b = step >= 0 ? trajectory[step] : undefined;
      if (!b || s.coverage > b.coverage || (s.coverage === b.coverage && s.density > b.density)) step = k;
    });
    if (step < 0) {
      step = 0;
      trajectory.forEach((s, k) => {
        const b = trajectory[step];
        if (s.density > b.density || (s.density === b.density && s.coverage >= b.coverage)) step = k;
      });
    }
  }

  // ------------------------------------------------------------------ pasting
  const pasting: PrimStep[] = [];
  box = boxes[step];
  if (options.paste ?? true) {
    const inOthers = (b: BoxState, i: number, skip: number) => {
      for (let j = 0; j < d; j++) {
        if (j === skip) continue;
        const c = cols[j];
        if (c.kind === 'numeric') {
          if (c.x[i] < b.lo[j] || c.x[i] > b.hi[j]) return false;
        } else if (!b.cats[j].has(c.x[i])) return false;
      }
      return true;
    };
    for (;;) {
      const nOld = box.rows.length;
      const casesOld = casesIn(box.rows);
      let best: { score: number; box: BoxState } | undefined;
      cols.forEach((c, j) => {
        if (!isRestricted(box, j)) return;
        if (c.kind === 'numeric') {
          for (const side of ['lower', 'upper'] as const) {
            const near: number[] = [];
            for (let i = 0; i < n; i++) {
              const v = c.x[i];
              const outside = side === 'lower' ? v < box.lo[j] : v > box.hi[j];
              if (outside && inOthers(box, i, j)) near.push(v);
            }
            if (near.length === 0) continue;
            const cand = copy(box);
            if (side === 'lower') cand.lo[j] = Math.max(init.lo[j], primQuantile(near, 1 - pasteAlpha));
            else cand.hi[j] = Math.min(init.hi[j], primQuantile(near, pasteAlpha));
            // A cut halfway to the outermost point would still leave it out: paste it fully.
            if (side === 'lower' && near.length === 1) cand.lo[j] = near[0];
            if (side === 'upper' && near.length === 1) cand.hi[j] = near[0];
            const rows: number[] = [];
            for (let i = 0; i < n; i++) if (c.x[i] >= cand.lo[j] && c.x[i] <= cand.hi[j] && inOthers(cand, i, j)) rows.push(i);
            cand.rows = Int32Array.from(rows);
            const cases = casesIn(cand.rows);
            if (cand.rows.length <= nOld || cases / cand.rows.length <= casesOld / nOld) continue;
            const score = objective(obj, nOld, casesOld, cand.rows.length, cases);
            if (!best || score > best.score) best = { score, box: cand };
          }
        } else {
          for (const v of c.all) {
            if (box.cats[j].has(v)) continue;
            const cand = copy(box);
            cand.cats[j].add(v);
            const rows: number[] = [];
            for (let i = 0; i < n; i++) if (cand.cats[j].has(c.x[i]) && inOthers(cand, i, j)) rows.push(i);
            cand.rows = Int32Array.from(rows);
            const cases = casesIn(cand.rows);
            if (cand.rows.length <= nOld || cases / cand.rows.length <= casesOld / nOld) continue;
            const score = objective(obj, nOld, casesOld, cand.rows.length, cases);
            if (!best || score > best.score) best = { score, box: cand };
          }
        }
      });
      const chosen = best as { score: number; box: BoxState } | undefined;
      if (!chosen || !(chosen.score > 0) || chosen.box.rows.length / n < massMin) break;
      box = chosen.box;
      pasting.push(stepOf(box, 'paste'));
    }
  }

  const final = stepOf(box, pasting.length ? 'paste' : trajectory[step].phase);
  return {
    trajectory,
    pasting,
    box: { ...final, step, meetsThreshold: final.density >= threshold, rows: Array.from(box.rows) },
    initialLimits: limitsOf(init, true),
    totalRows: n,
    totalCases,
  };
}

// ------------------------------------------------------------------ box inspection

/** Whether row `i` of X lies inside the limits (inputs without a limit are free). */
function inside(X: readonly (readonly (number | string)[])[], cols: readonly number[], limits: readonly PrimLimit[], i: number): boolean {
  for (let k = 0; k < limits.length; k++) {
    const l = limits[k];
    const v = X[i][cols[k]];
    if (l.kind === 'numeric') {
      if (typeof v !== 'number' || v < l.min || v > l.max) return false;
    } else if (!l.values.includes(v)) return false;
  }
  return true;
}

function columnsOf(names: readonly string[], limits: readonly PrimLimit[]): number[] {
  return limits.map((l) => {
    const j = names.indexOf(l.name);
    if (j < 0) throw new InputError(`limits.${l.name}`, 'a column name of X');
    return j;
  });
}

/** Coverage, density and mass of the box given by `limits` (restricted inputs only). */
export interface BoxStats {
  n: number;
  cases: number;
  coverage: number;
  density: number;
  mass: number;
}

export function boxStats(X: readonly (readonly (number | string)[])[], names: readonly string[], y: ArrayLike<boolean | number>, limits: readonly PrimLimit[]): BoxStats {
  const cols = columnsOf(names, limits);
  let n = 0;
  let cases = 0;
  let total = 0;
  for (let i = 0; i < X.length; i++) {
    const c = y[i] ? 1 : 0;
    total += c;
    if (inside(X, cols, limits, i)) {
      n++;
      cases += c;
    }
  }
  return { n, cases, coverage: total ? cases / total : 0, density: n ? cases / n : 0, mass: X.length ? n / X.length : 0 };
}

/**
 * Quasi-p-value of each restriction of a box (Bryant & Lempert 2010; Kwakkel &
 * Jaxa-Rozen 2016, as EMA Workbench's prim `_calculate_quasip`): drop that one
 * restriction, take the density p of the larger box, and ask how likely the box's
 * own count of cases would be by chance from p, the one-sided binomial test
 * P(X >= cases | n, p) with the box's n rows. Small: the restriction really raises
 * the density. "Quasi" because the box was chosen by looking at the same data.
 */
export function quasiPValues(X: readonly (readonly (number | string)[])[], names: readonly string[], y: ArrayLike<boolean | number>, limits: readonly PrimLimit[]): number[] {
  const box = boxStats(X, names, y, limits);
  return limits.map((_, k) => {
    const without = boxStats(X, names, y, limits.filter((_, j) => j !== k));
    return binomialUpperTail(box.cases, box.n, without.n ? without.cases / without.n : 0);
  });
}

/** A restriction of a box with its quasi-p-value. */
export interface RestrictionTest {
  limit: PrimLimit;
  quasiP: number;
}

export interface PrunedBox extends BoxStats {
  /** Restrictions kept, with their quasi-p-values in the pruned box. */
  kept: RestrictionTest[];
  /** Restrictions dropped as trivial, in the order dropped, with the quasi-p-value they had then. */
  dropped: RestrictionTest[];
}

/**
 * Drops the trivial restrictions of a box. The rule: while some restriction has a
 * quasi-p-value above `maxP` (its removal would not make the box's density
 * implausibly high by chance), drop the one with the largest (the first listed on a
 * tie) and recompute the rest. A restriction that cuts no row, or only rows like
 * those inside, goes first. `maxP` 1 keeps every restriction.
 */
export function pruneBox(
  X: readonly (readonly (number | string)[])[],
  names: readonly string[],
  y: ArrayLike<boolean | number>,
  limits: readonly PrimLimit[],
  maxP = 0.05,
): PrunedBox {
  if (!(maxP > 0 && maxP <= 1)) throw new InputError('maxP', 'a number in (0, 1]', maxP);
  let kept = [...limits];
  const dropped: RestrictionTest[] = [];
  for (;;) {
    const p = quasiPValues(X, names, y, kept);
    let worst = -1;
    p.forEach((v, k) => {
      if (v > maxP && (worst < 0 || v > p[worst])) worst = k;
    });
    if (worst < 0) return { ...boxStats(X, names, y, kept), kept: kept.map((limit, k) => ({ limit, quasiP: p[k] })), dropped };
    dropped.push({ limit: kept[worst], quasiP: p[worst] });
    kept = kept.filter((_, k) => k !== worst);
  }
}
