/** Problem descriptions and parameter bounds from the declarations. */
import { describe, expect, it } from 'vitest';
import { checkProblem, problemFromParams, roundIntegers, rowToRecord, scale, unscale } from '../../src/design/problem.js';
import { declaration, InputError } from '../../src/params/index.js';

describe('problem', () => {
  it('takes real and int parameters with their declared ranges', () => {
    const p = problemFromParams(['entryRate', 'piecesPerWorkerDay', 'trainingsPerYear']);
    const d = declaration('piecesPerWorkerDay')!;
    expect(p.names).toEqual(['entryRate', 'piecesPerWorkerDay', 'trainingsPerYear']);
    expect(p.bounds[1]).toEqual([d.kind === 'real' ? d.min : NaN, d.kind === 'real' ? d.max : NaN]);
    expect(p.integer).toEqual([false, false, true]);
  });

  it('rejects enum, bool and unknown parameters with an InputError naming them', () => {
    expect(() => problemFromParams(['entryRate', 'orderRule'])).toThrow(InputError);
    expect(() => problemFromParams(['orderRule'])).toThrow(/orderRule.*enum/);
    expect(() => problemFromParams(['mouFeedbackChannel'])).toThrow(/mouFeedbackChannel.*bool/);
    expect(() => problemFromParams(['noSuchParam'])).toThrow(/noSuchParam.*known parameter/);
    expect(() => problemFromParams(['entryRate', 'entryRate'])).toThrow(/entryRate/);
  });

  it('scales unit rows onto the bounds and back; rounds integer inputs only on request', () => {
    const p = problemFromParams(['entryRate', 'trainingsPerYear']);
    const row = scale([0.5, 0.51], p);
    // entryRate is declared on [0, 20].
    expect(row[0]).toBeCloseTo(10, 12);
    expect(row[1]).toBeCloseTo(0.51 * 24, 12);
    expect(unscale(row, p)[1]).toBeCloseTo(0.51, 12);
    expect(roundIntegers(row, p)).toEqual([row[0], 12]);
    expect(rowToRecord(row, p)).toEqual({ entryRate: row[0], trainingsPerYear: 12 });
    expect(() => scale([0.5], p)).toThrow(/2 values/);
    expect(() => checkProblem({ names: ['a'], bounds: [[1, 1]] })).toThrow(/lower < upper/);
  });
});
