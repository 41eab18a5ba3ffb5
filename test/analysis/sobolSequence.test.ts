/** Sobol' sequence (Joe-Kuo direction numbers) and the Saltelli design built on it. */
import { describe, expect, it } from 'vitest';
import { saltelli, saltelliRowsPerPoint, saltelliUnit } from '../../src/design/saltelli.js';
import { SOBOL_MAX_DIMS, SobolGenerator, sobolPoint, sobolSequence } from '../../src/design/sobolSequence.js';

describe('Sobol sequence', () => {
  it('starts with the classic points (origin skipped by default)', () => {
    const s = sobolSequence(7, 3);
    expect(s.map((r) => r[0])).toEqual([0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125]);
    expect(s.map((r) => r[1])).toEqual([0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625]);
    expect(s.map((r) => r[2])).toEqual([0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375]);
    expect(sobolSequence(1, 5, 0)[0]).toEqual([0, 0, 0, 0, 0]);
  });

  it('matches reference values far into the sequence and in high dimensions', () => {
    // scipy.stats.qmc.Sobol(d=1024, scramble=False, bits=32), point 12345.
    const p = sobolPoint(12345, 1024);
    expect([p[63], p[64], p[255], p[511], p[1023]]).toEqual([
      0.46563720703125, 0.94659423828125, 0.58807373046875, 0.88165283203125, 0.57708740234375,
    ]);
  });

  it('is prefix-stable: more points never change the earlier ones; skip = offset', () => {
    const a = sobolSequence(100, 12);
    const b = sobolSequence(1000, 12);
    expect(b.slice(0, 100)).toEqual(a);
    expect(sobolSequence(50, 12, 51)).toEqual(b.slice(50, 100));
    const g = new SobolGenerator(12, 1);
    for (let i = 0; i < 30; i++) g.next();
    expect(g.index).toBe(31);
    expect(g.next()).toEqual(b[30]);
  });

  it('every dimension of the first 2^10 points is a permutation of k/1024 (all 1024 dimensions)', () => {
    const s = sobolSequence(1024, SOBOL_MAX_DIMS, 0);
    for (let j = 0; j < SOBOL_MAX_DIMS; j++) {
      const col = s.map((r) => r[j] * 1024).sort((x, y) => x - y);
      col.forEach((v, k) => {
        if (v !== k) throw new Error(`dimension ${j + 1}: point value ${v / 1024} where ${k / 1024} expected`);
      });
    }
  });

  it('rejects bad arguments', () => {
    expect(() => sobolSequence(10, 0)).toThrow(/dims/);
    expect(() => sobolSequence(10, SOBOL_MAX_DIMS + 1)).toThrow(/dims/);
    expect(() => sobolSequence(-1, 2)).toThrow(/n must/);
  });
});

describe('Saltelli design', () => {
  const problem = { names: ['a', 'b', 'c'], bounds: [[0, 1], [10, 20], [-1, 1]] as [number, number][] };

  it('has N (D + 2) rows, or N (2D + 2) with second order', () => {
    expect(saltelli(problem, 64)).toHaveLength(64 * 5);
    expect(saltelli(problem, 64, { secondOrder: true })).toHaveLength(64 * 8);
    expect(saltelliRowsPerPoint(3)).toBe(5);
    expect(saltelliRowsPerPoint(3, true)).toBe(8);
  });

  it('A and B rows are the two halves of the 2D-dimensional sequence; AB/BA swap one column (SALib order)', () => {
    const n = 16;
    const seq = sobolSequence(n, 6);
    const rows = saltelliUnit(3, n, { secondOrder: true });
    for (let i = 0; i < n; i++) {
      const a = seq[i].slice(0, 3);
      const b = seq[i].slice(3);
      const r = rows.slice(i * 8, i * 8 + 8);
      expect(r[0]).toEqual(a);
      expect(r[7]).toEqual(b);
      for (let k = 0; k < 3; k++) {
        expect(r[1 + k]).toEqual(a.map((v, j) => (j === k ? b[j] : v)));
        expect(r[4 + k]).toEqual(b.map((v, j) => (j === k ? a[j] : v)));
      }
    }
  });

  it('skip shifts the base sequence, and scaling maps onto the bounds', () => {
    const seq = sobolSequence(4, 6, 1024);
    const rows = saltelliUnit(3, 4, { skip: 1024 });
    expect(rows[5]).toEqual(seq[1].slice(0, 3));
    const scaled = saltelli(problem, 8);
    for (const r of scaled) {
      expect(r[1]).toBeGreaterThanOrEqual(10);
      expect(r[1]).toBeLessThanOrEqual(20);
      expect(r[2]).toBeGreaterThanOrEqual(-1);
    }
    expect(scaled[0]).toEqual([0.5, 15, 0]);
  });
});
