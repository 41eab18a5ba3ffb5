import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { makeVector, RecordBatchFileWriter, Table, Utf8, vectorFromArray, type Vector } from 'apache-arrow';

/**
 * Streaming file sinks for large outputs. Each writes to a temporary name and is
 * synced and renamed into place only by `commit`, so a crash never leaves a file that
 * looks complete; memory holds one buffer (CSV) or one record batch (Arrow) at a time.
 */
export class CsvSink {
  private fd: number;
  private buf = '';
  readonly tmp: string;

  constructor(readonly path: string, header: readonly string[]) {
    this.tmp = `${path}.${process.pid}.partial`;
    this.fd = openSync(this.tmp, 'w');
    this.buf = header.join(',') + '\n';
  }

  line(text: string): void {
    this.buf += text + '\n';
    if (this.buf.length > 1 << 20) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.buf);
    this.buf = '';
  }

  async commit(): Promise<void> {
    this.flush();
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

export type ColumnKind = 'utf8' | 'int32' | 'float64';

/** Arrow IPC file (Feather v2) readable by pandas, polars and R's arrow. */
export class ArrowSink {
  private writer = new RecordBatchFileWriter();
  private stream;
  private cols: (string[] | number[])[];
  private rows = 0;
  readonly tmp: string;

  constructor(
    readonly path: string,
    private readonly schema: readonly { name: string; kind: ColumnKind }[],
    private readonly batchRows = 65536,
  ) {
    this.tmp = `${path}.${process.pid}.partial`;
    this.stream = createWriteStream(this.tmp);
    this.writer.toNodeStream().pipe(this.stream);
    this.cols = schema.map(() => []);
  }

  row(values: readonly (string | number)[]): void {
    for (let c = 0; c < values.length; c++) (this.cols[c] as (string | number)[]).push(values[c]);
    if (++this.rows >= this.batchRows) this.flush();
  }

  private flush(): void {
    if (this.rows === 0) return;
    const vectors: Record<string, Vector> = {};
    this.schema.forEach((s, c) => {
      const data = this.cols[c];
      vectors[s.name] =
        s.kind === 'utf8'
          ? vectorFromArray(data as string[], new Utf8())
          : s.kind === 'int32'
            ? makeVector(Int32Array.from(data as number[]))
            : makeVector(Float64Array.from(data as number[]));
    });
    for (const batch of new Table(vectors).batches) this.writer.write(batch);
    this.cols = this.schema.map(() => []);
    this.rows = 0;
  }

  async commit(): Promise<void> {
    this.flush();
    this.writer.finish();
    await finished(this.stream);
    syncFile(this.tmp);
    renameSync(this.tmp, this.path);
  }

  abort(): void {
    this.stream.destroy();
    rmSync(this.tmp, { force: true });
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
