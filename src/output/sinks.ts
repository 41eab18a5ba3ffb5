import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import {
  AsyncByteQueue,
  Bool,
  Field,
  Float64,
  Int32,
  Int64,
  makeData,
  RecordBatch,
  RecordBatchFileWriter,
  Schema,
  Struct,
  Utf8,
  makeBuilder,
  type Data,
  type DataType,
} from 'apache-arrow';
import { ByteWriter, ParquetWriter, schemaFromColumnData, type ColumnSource, type Writer } from 'hyparquet-writer';
import type { Format } from '../experiments/schema.js';
import { csvCell } from './csv.js';
import type { Cell, Column } from './table.js';

/**
 * Streaming file sinks for large outputs. Each writes to a temporary name and is
 * synced and renamed into place only by `commit`, so a crash never leaves a file that
 * looks complete; memory holds one buffer (CSV) or one batch of rows (Arrow, Parquet)
 * at a time. The bytes depend only on the rows: no clock, host or random id.
 */
export interface TableSink {
  readonly path: string;
  row(values: readonly Cell[]): void;
  commit(): Promise<void>;
  abort(): void;
}

/** A file written under a temporary name beside `path`; `commit` syncs and renames it in, `abort` removes it. */
class PartialFile {
  readonly tmp: string;
  private readonly fd: number;

  constructor(readonly path: string) {
    this.tmp = `${path}.${process.pid}.partial`;
    this.fd = openSync(this.tmp, 'w');
  }

  write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
  }

  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
    rmSync(this.tmp, { force: true });
  }
}

export class CsvSink implements TableSink {
  private readonly file: PartialFile;
  private buf = '';

  constructor(readonly path: string, header: readonly string[]) {
    this.file = new PartialFile(path);
    this.buf = header.map(csvCell).join(',') + '\n';
  }

  /** A line already formatted as CSV. */
  line(text: string): void {
    this.buf += text + '\n';
    if (this.buf.length > 1 << 20) this.flush();
  }

  row(values: readonly Cell[]): void {
    // Joined by hand: no array of fields per row.
    let text = values.length ? csvCell(values[0]) : '';
    for (let c = 1; c < values.length; c++) text += ',' + csvCell(values[c]);
    this.line(text);
  }

  private flush(): void {
    this.file.write(this.buf);
    this.buf = '';
  }

  async commit(): Promise<void> {
    this.flush();
    this.file.commit();
  }

  abort(): void {
    this.file.abort();
  }
}

/** A batch's column: numbers in a typed array, other cells in a list. */
type Buffered = Cell[] | Float64Array | Int32Array;

/**
 * Rows buffered column by column, handed to a format's encoder every `batchRows` rows.
 * float64 and int32 columns wait in typed arrays (with their nulls marked beside):
 * held as boxed numbers until the batch is encoded, they were most of the garbage of
 * a large assembly. A batch's column with nulls goes to the encoder as a list.
 */
abstract class BatchedSink implements TableSink {
  private cols: Buffered[] = [];
  private nulls: (Uint8Array | null)[] = [];
  private nullCounts: number[] = [];
  protected rows = 0;
  protected batches = 0;

  constructor(
    readonly path: string,
    protected readonly columns: readonly Column[],
    private readonly batchRows: number,
  ) {
    this.fresh();
  }

  private fresh(): void {
    const n = this.batchRows;
    this.cols = this.columns.map((c) => (c.type === 'float64' ? new Float64Array(n) : c.type === 'int32' ? new Int32Array(n) : []));
    this.nulls = this.columns.map((c, k) => (c.nullable && !Array.isArray(this.cols[k]) ? new Uint8Array(n) : null));
    this.nullCounts = this.columns.map(() => 0);
  }

  row(values: readonly Cell[]): void {
    for (let c = 0; c < this.columns.length; c++) {
      const col = this.cols[c];
      const v = values[c];
      if (Array.isArray(col)) col.push(v);
      else if (v === null) {
        this.nulls[c]![this.rows] = 1;
        this.nullCounts[c]++;
      } else col[this.rows] = v as number;
    }
    if (++this.rows >= this.batchRows) this.flush();
  }

  /** Encodes the buffered rows; an empty table still gets one (empty) batch, so it has a schema. */
  protected flush(): void {
    if (this.rows === 0 && this.batches > 0) return;
    const batch = this.cols.map((col, c): Buffered => {
      if (Array.isArray(col)) return col;
      const values = col.subarray(0, this.rows);
      if (this.nullCounts[c] === 0) return values;
      const nulls = this.nulls[c]!;
      return Array.from(values, (v, i) => (nulls[i] ? null : v));
    });
    this.encode(batch, this.rows);
    this.batches++;
    this.fresh();
    this.rows = 0;
  }

  protected abstract encode(cols: Buffered[], rows: number): void;
  abstract commit(): Promise<void>;
  abstract abort(): void;
}

const ARROW_TYPES: Readonly<Record<Column['type'], () => DataType>> = {
  utf8: () => new Utf8(),
  int32: () => new Int32(),
  int64: () => new Int64(),
  float64: () => new Float64(),
  bool: () => new Bool(),
};

const asBigInt = (v: Cell) => (v === null ? null : BigInt(v as number));

/**
 * The Arrow writer's output queue, writing each piece to the file as it comes: piped
 * to a stream instead, the whole file would wait in memory while rows are added
 * without a pause (hundreds of megabytes for a large experiment).
 */
class FileQueue extends AsyncByteQueue {
  constructor(private readonly file: PartialFile) {
    super();
  }

  override write(value: Uint8Array): void {
    this.file.write(value);
  }
}

/**
 * A text column without nulls as Arrow data: offsets and UTF-8 bytes written straight
 * into two buffers (the builder encodes each value into a new array first). The
 * writer stores only offsets and bytes, so the file is the builder's to the byte.
 */
function utf8Data(type: Utf8, values: readonly string[]): Data<Utf8> {
  const offsets = new Int32Array(values.length + 1);
  let end = 0;
  for (let i = 0; i < values.length; i++) offsets[i + 1] = end += Buffer.byteLength(values[i]);
  const bytes = Buffer.alloc(end);
  for (let i = 0; i < values.length; i++) bytes.write(values[i], offsets[i]);
  return makeData({ type, length: values.length, nullCount: 0, valueOffsets: offsets, data: bytes });
}

/** Arrow IPC file (Feather v2) readable by pandas, polars and R's arrow. */
export class ArrowSink extends BatchedSink {
  private readonly file: PartialFile;
  private writer = new RecordBatchFileWriter();
  private readonly schema: Schema;

  constructor(path: string, columns: readonly Column[], batchRows = 65536) {
    super(path, columns, batchRows);
    this.schema = new Schema(columns.map((c) => new Field(c.name, ARROW_TYPES[c.type](), c.nullable ?? false)));
    this.file = new PartialFile(path);
    this.writer.reset(new FileQueue(this.file));
  }

  protected encode(cols: Buffered[], rows: number): void {
    const children = this.schema.fields.map((f, c): Data => {
      const col = cols[c];
      // Typed columns as they are: the writer stores only their values.
      if (col instanceof Float64Array) return makeData({ type: f.type as Float64, length: rows, nullCount: 0, data: col });
      if (col instanceof Int32Array) return makeData({ type: f.type as Int32, length: rows, nullCount: 0, data: col });
      if (this.columns[c].type === 'utf8' && !col.includes(null)) return utf8Data(f.type as Utf8, col as string[]);
      // One builder per column and batch, flushed once: a single Data (one chunk) per column.
      const b = makeBuilder({ type: f.type, nullValues: [null] });
      for (const v of col) b.append(this.columns[c].type === 'int64' ? asBigInt(v) : v);
      return b.finish().flush();
    });
    const struct = makeData({ type: new Struct(this.schema.fields), length: rows, nullCount: 0, children });
    this.writer.write(new RecordBatch(this.schema, struct));
  }

  async commit(): Promise<void> {
    this.flush();
    this.writer.finish();
    this.file.commit();
  }

  abort(): void {
    this.file.abort();
  }
}

const PARQUET_TYPES: Readonly<Record<Column['type'], ColumnSource['type']>> = {
  utf8: 'STRING',
  int32: 'INT32',
  int64: 'INT64',
  float64: 'DOUBLE',
  bool: 'BOOLEAN',
};

/**
 * Parquet file (snappy, one row group per batch) written by hyparquet-writer. Its
 * footer holds no timestamp or random id, so equal rows give equal bytes.
 */
export class ParquetSink extends BatchedSink {
  private readonly file: PartialFile;
  private writer: ParquetWriter;

  constructor(path: string, columns: readonly Column[], batchRows = 65536) {
    super(path, columns, batchRows);
    this.file = new PartialFile(path);
    const schema = schemaFromColumnData({
      columnData: columns.map((c) => ({ name: c.name, data: [], type: PARQUET_TYPES[c.type], nullable: c.nullable ?? false })),
    });
    this.writer = new ParquetWriter({ writer: emptiedInto(this.file), schema });
  }

  protected encode(cols: Buffered[], rows: number): void {
    const columnData = this.columns.map((c, k) => ({
      name: c.name,
      data: c.type === 'int64' ? (cols[k] as Cell[]).map(asBigInt) : cols[k],
    }));
    // Synchronous: the writer's flush (below) writes at once and returns nothing.
    void this.writer.write({ columnData: columnData as ColumnSource[], rowGroupSize: Math.max(rows, 1) });
  }

  async commit(): Promise<void> {
    this.flush();
    await this.writer.finish();
    this.file.commit();
  }

  abort(): void {
    this.file.abort();
  }
}

/** hyparquet-writer's byte buffer, emptied into the file after each row group and at the end. */
function emptiedInto(file: PartialFile): Writer {
  const w: ByteWriter & Writer = new ByteWriter();
  w.flush = w.finish = () => {
    file.write(new Uint8Array(w.buffer, 0, w.index));
    w.index = 0;
  };
  return w;
}

/** One table in every chosen format: `row` goes to each file. */
export class TableFiles {
  readonly sinks: TableSink[];

  constructor(base: string, columns: readonly Column[], formats: readonly Format[]) {
    this.sinks = [];
    try {
      for (const f of formats) {
        const path = `${base}.${f}`;
        this.sinks.push(
          f === 'csv' ? new CsvSink(path, columns.map((c) => c.name)) : f === 'arrow' ? new ArrowSink(path, columns) : new ParquetSink(path, columns),
        );
      }
    } catch (e) {
      for (const s of this.sinks) s.abort();
      throw e;
    }
  }

  row(values: readonly Cell[]): void {
    for (const s of this.sinks) s.row(values);
  }
}
