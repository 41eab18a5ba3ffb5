/**
 * Issue 12 item 6: the data a researcher loads in one line. A small LHS experiment's
 * Parquet files are read back by an independent reader (DuckDB) and compared with
 * the CSV, column types and values; the Arrow files must hold the Parquet values
 * exactly; the codebook gives a type, unit and meaning for every column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromIPC, Type } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaration } from '../src/params/index.js';
import { ArrowSink, ParquetSink } from '../src/output/sinks.js';
import type { Column } from '../src/output/table.js';
import { cliOk, tempDir } from './support/cli.js';

const DUCK: Record<Column['type'], string> = { utf8: 'VARCHAR', int32: 'INTEGER', int64: 'BIGINT', float64: 'DOUBLE', bool: 'BOOLEAN' };
const ARROW: Record<Column['type'], Type> = { utf8: Type.Utf8, int32: Type.Int, int64: Type.Int, float64: Type.Float, bool: Type.Bool };

let db: DuckDBInstance;
let duck: DuckDBConnection;
const dir = tempDir('collabsim-readers-');
const out = join(dir, 'out');

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
}

async function types(file: string): Promise<Record<string, string>> {
  return Object.fromEntries((await rows(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).map((r) => [r.column_name, r.column_type]));
}

beforeAll(async () => {
  // No extension downloads: DuckDB must read these files with what it ships.
  db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  duck = await db.connect();
  const file = join(dir, 'lhs.yaml');
  writeFileSync(
    file,
    'name: lhs\nseed: 4\nreplicates: 2\nmonths: 6\nscenarios: [mou]\n' +
      'design: {type: lhs, samples: 3, parameters: [{name: trustBuild, range: [0.1, 0.3]}, {name: maxWorkers, range: [4, 10]}]}\n',
  );
  // No outputs line: csv, arrow and parquet are the default.
  await cliOk(['experiment', file, '--out', out, '--workers', '1']);
}, 120_000);

afterAll(() => {
  duck?.closeSync();
  db?.closeSync();
});

describe('experiment tables read back by DuckDB and Arrow match the CSV', () => {
  const meta = () => JSON.parse(readFileSync(join(out, 'experiment.json'), 'utf8'));

  it('the codebook gives every column a storage type, a unit and a meaning; design parameters theirs from the declarations', () => {
    const tables = meta().tables as Record<string, { files: string[]; columns: Column[] }>;
    expect(Object.keys(tables)).toEqual(['runs', 'series', 'summary', 'timings']);
    expect(tables.runs.files).toEqual(['runs.csv', 'runs.arrow', 'runs.parquet']);
    for (const t of Object.values(tables))
      for (const c of t.columns) {
        expect(Object.keys(DUCK), c.name).toContain(c.type);
        expect(c.unit, c.name).toMatch(/\w/);
        expect(c.description.length, c.name).toBeGreaterThan(5);
      }
    const runs = Object.fromEntries(tables.runs.columns.map((c) => [c.name, c]));
    expect(runs.trustBuild).toMatchObject({ type: 'float64', unit: declaration('trustBuild')!.unit });
    expect(runs.maxWorkers).toMatchObject({ type: 'int32', unit: declaration('maxWorkers')!.unit });
    expect(runs.seed.type).toBe('int64');
  });

  for (const table of ['runs', 'series', 'summary'])
    it(`${table}: Parquet types are the codebook's, Parquet values equal the CSV's, Arrow values equal Parquet's`, async () => {
      const columns = (meta().tables[table] as { columns: Column[] }).columns;
      const pq = join(out, `${table}.parquet`);
      expect(await types(pq)).toEqual(Object.fromEntries(columns.map((c) => [c.name, DUCK[c.type]])));

      const order = table === 'summary' ? 'pointId, scenario, month, outcome' : table === 'series' ? 'runId, month' : 'runId';
      const fromPq = await rows(`SELECT * FROM read_parquet('${pq}') ORDER BY ${order}`);
      // all_varchar: the CSV's own text, not DuckDB's guess at its types.
      const fromCsv = await rows(`SELECT * FROM read_csv('${join(out, `${table}.csv`)}', all_varchar = true) ORDER BY ${order}`);
      expect(fromPq.length).toBe(fromCsv.length);
      expect(fromPq.length).toBeGreaterThan(0);
      for (let i = 0; i < fromPq.length; i++)
        for (const c of columns) {
          const p = fromPq[i][c.name];
          const text = fromCsv[i][c.name] as string | null;
          const at = `${table} row ${i} ${c.name}`;
          if (text === null) expect(p, at).toBeNull();
          else if (c.type === 'utf8') expect(p, at).toBe(text);
          else if (c.type === 'int64') expect(p, at).toBe(BigInt(text));
          else if (c.type === 'int32') expect(p, at).toBe(Number(text));
          else if (text === 'NA') expect(Number.isNaN(p), at).toBe(true);
          // The CSV keeps 10 significant digits; the binary files keep the whole double.
          else expect(Math.abs((p as number) - Number(text)), at).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(text))));
        }

      const arrow = tableFromIPC(readFileSync(join(out, `${table}.arrow`)));
      expect(arrow.schema.fields.map((f) => [f.name, f.typeId])).toEqual(columns.map((c) => [c.name, ARROW[c.type]]));
      const bits = Object.fromEntries(arrow.schema.fields.map((f) => [f.name, (f.type as { bitWidth?: number }).bitWidth]));
      for (const c of columns) if (c.type === 'int32' || c.type === 'int64') expect(bits[c.name], c.name).toBe(c.type === 'int32' ? 32 : 64);
      const inPqOrder = await rows(`SELECT * FROM read_parquet('${pq}')`);
      expect(arrow.numRows).toBe(inPqOrder.length);
      // Both files hold the rows in the same (plan) order.
      for (const c of columns) expect([...arrow.getChild(c.name)!], c.name).toEqual(inPqOrder.map((r) => r[c.name]));
    });
});

describe('the sinks type every kind of column', () => {
  const columns: Column[] = [
    { name: 'orderRule', type: 'utf8', nullable: true, unit: 'one of equal, capacity, seniority', description: 'an enum design parameter' },
    { name: 'mouSigned', type: 'bool', nullable: true, unit: 'true/false', description: 'a bool design parameter' },
    { name: 'seed', type: 'int64', unit: 'integer', description: 'a seed above 2^32' },
    { name: 'x', type: 'float64', unit: '-', description: 'a number, NaN included' },
  ];
  const data = [
    ['equal', true, 2 ** 52 + 1, 0.1],
    [null, false, 7, Number.NaN],
    ['capacity', null, 0, -1.5],
  ];

  it('bool, enum text, nulls, 64-bit integers and NaN survive Parquet and Arrow, with the same bytes each time', async () => {
    const write = async (name: string) => {
      const a = new ArrowSink(join(dir, `${name}.arrow`), columns, 2);
      const p = new ParquetSink(join(dir, `${name}.parquet`), columns, 2);
      for (const r of data) {
        a.row(r);
        p.row(r);
      }
      await a.commit();
      await p.commit();
      return [readFileSync(join(dir, `${name}.arrow`)), readFileSync(join(dir, `${name}.parquet`))];
    };
    const [a1, p1] = await write('k1');
    const [a2, p2] = await write('k2');
    expect(a1.equals(a2) && p1.equals(p2)).toBe(true);
    expect(await types(join(dir, 'k1.parquet'))).toEqual({ orderRule: 'VARCHAR', mouSigned: 'BOOLEAN', seed: 'BIGINT', x: 'DOUBLE' });
    const back = await rows(`SELECT * FROM read_parquet('${join(dir, 'k1.parquet')}')`);
    expect(back.map((r) => [r.orderRule, r.mouSigned, r.seed])).toEqual([
      ['equal', true, 2n ** 52n + 1n],
      [null, false, 7n],
      ['capacity', null, 0n],
    ]);
    expect(Number.isNaN(back[1].x)).toBe(true);
    const t = tableFromIPC(a1);
    expect(t.batches).toHaveLength(2);
    expect([...t.getChild('orderRule')!]).toEqual(['equal', null, 'capacity']);
    expect([...t.getChild('mouSigned')!]).toEqual([true, false, null]);
    expect([...t.getChild('seed')!]).toEqual([2n ** 52n + 1n, 7n, 0n]);
  });

  it('an empty table still has its typed schema', async () => {
    const p = new ParquetSink(join(dir, 'empty.parquet'), columns);
    const a = new ArrowSink(join(dir, 'empty.arrow'), columns);
    await p.commit();
    await a.commit();
    expect(await types(join(dir, 'empty.parquet'))).toEqual({ orderRule: 'VARCHAR', mouSigned: 'BOOLEAN', seed: 'BIGINT', x: 'DOUBLE' });
    const t = tableFromIPC(readFileSync(join(dir, 'empty.arrow')));
    expect(t.numRows).toBe(0);
    expect(t.schema.fields.map((f) => f.typeId)).toEqual([Type.Utf8, Type.Bool, Type.Int, Type.Float]);
  });
});
