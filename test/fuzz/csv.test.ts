/**
 * Fuzzing CSV design files in-process: parseCsv on any text (ragged rows, quotes,
 * CR/LF/CRLF, huge fields), a write-then-read round trip, and a csv design read
 * through checkExperiment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/design/csv.js';
import { makePlan } from '../../src/experiments/plan.js';
import { checkExperiment, parseExperimentText } from '../../src/experiments/spec.js';
import { checkValue, declaration } from '../../src/params/index.js';
import { csvMatrix, csvText, writeCsv } from './arbitraries.js';
import { accepts } from './checks.js';
import { check, count, reportCounts, RUNS } from './config.js';

reportCounts('csv');

const timeout = 60_000 + RUNS * 10;
const WHERE = 'x.yaml: design.file (d.csv)';

describe('fuzz: CSV design files', () => {
  it(
    'parseCsv: any text gives a header and rows of its width, or an InputError',
    () => {
      check(
        'parseCsv (any text)',
        fc.property(fc.oneof(csvText, fc.string({ unit: 'binary', maxLength: 100 }), fc.string({ maxLength: 100 })), (text) => {
          const t0 = Date.now();
          const r = accepts(() => parseCsv(text, WHERE), text);
          if (r) {
            expect(r.rows.length).toBeGreaterThan(0);
            for (const row of r.rows) expect(row.length).toBe(r.header.length);
            for (const h of r.header) expect(h).toBe(h.trim());
          }
          expect(Date.now() - t0).toBeLessThan(5_000);
        }),
      );
    },
    timeout,
  );

  it(
    'parseCsv reads back what a CSV writer writes (quoted or not, LF, CRLF or CR)',
    () => {
      check(
        'parseCsv round trip',
        fc.property(csvMatrix, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (m, eol, always) => {
          const r = parseCsv(writeCsv(m, eol, always), WHERE);
          expect(r.header).toEqual(m[0]);
          expect(r.rows).toEqual(m.slice(1));
        }),
      );
    },
    timeout,
  );

  it(
    'a csv design: checked rows, or an InputError naming the row and column',
    () => {
      const outcomes = { rejected: 0, accepted: 0 };
      check(
        'csv design via checkExperiment',
        fc.property(csvText, (csv) => {
          const e = accepts(
            () =>
              checkExperiment(parseExperimentText('name: x\nscenarios: [mou]\ndesign: {type: csv, file: d.csv}', 'x.yaml'), 'x.yaml', {
                readText: () => csv,
              }),
            csv,
          );
          if (!e) return void outcomes.rejected++;
          outcomes.accepted++;
          for (const row of e.design.rows) for (const [k, v] of Object.entries(row)) expect(checkValue(declaration(k)!, v)).toBe(v);
          const plan = accepts(() => makePlan(e), csv);
          // Every row maps to a point; repeated rows share one (unique run ids).
          if (plan) {
            expect(plan.rowPoint.length).toBe(e.design.rows.length);
            expect(new Set(plan.points.map((p) => p.id)).size).toBe(plan.points.length);
          }
        }),
      );
      for (const [k, v] of Object.entries(outcomes)) count(`  csv design: ${k}`, v);
      expect(outcomes.accepted).toBeGreaterThan(0);
    },
    timeout,
  );

  it('a 5 MB field and 20,000 rows are read in reasonable time', () => {
    const t0 = Date.now();
    const big = parseCsv(`months,trustBuild\n12,"${'0'.repeat(5_000_000)}.5"\n`, WHERE);
    expect(big.rows[0][1]).toHaveLength(5_000_002);
    const many = parseCsv('months,trustBuild\n' + '12,0.5\n'.repeat(20_000), WHERE);
    expect(many.rows).toHaveLength(20_000);
    count('parseCsv huge inputs', 2);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
