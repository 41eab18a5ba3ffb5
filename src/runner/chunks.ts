import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { writeBytesAtomic } from '../output/files.js';

/**
 * Checkpoints: completed groups are saved in chunk files, written atomically. A chunk
 * holds whole groups (run statuses, kept series, replicate summaries). Resume skips
 * groups found in chunks; final outputs and `merge` are assembled from chunks, so an
 * interrupted, resumed or sharded experiment ends with the same bytes as one
 * uninterrupted run.
 *
 * Layout: "CSCHUNK1", u32 header length, header JSON, zero padding to 8 bytes, then
 * the float64 data (little-endian) that the header points into.
 */
export interface RunRecord {
  index: number;
  ok: boolean;
  error: string | null;
  ms: number;
}

export interface GroupRecord {
  g: number;
  runs: RunRecord[];
  /** runs x cells, or null when series are not kept. */
  series: Float64Array | null;
  /** cells x stats, or null when summaries are not kept. */
  summary: Float64Array | null;
  /** Successful runs behind the summary. */
  n: number;
}

const MAGIC = 'CSCHUNK1';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export const STATE_DIR = '.collabsim';

export function chunkDir(out: string): string {
  return join(out, STATE_DIR, 'chunks');
}

export function encodeChunk(plan: string, groups: GroupRecord[]): Uint8Array {
  let offset = 0;
  const head = groups.map((gr) => {
    const series = gr.series ? [offset, gr.series.length] : null;
    offset += gr.series?.length ?? 0;
    const summary = gr.summary ? [offset, gr.summary.length] : null;
    offset += gr.summary?.length ?? 0;
    return { g: gr.g, n: gr.n, runs: gr.runs.map((r) => [r.index, r.ok ? 1 : 0, r.error, r.ms]), series, summary };
  });
  const json = new TextEncoder().encode(JSON.stringify({ plan, groups: head }));
  const start = Math.ceil((MAGIC.length + 4 + json.length) / 8) * 8;
  const bytes = new Uint8Array(start + offset * 8);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, json.length, true);
  bytes.set(json, MAGIC.length + 4);
  const data = new DataView(bytes.buffer, start);
  let k = 0;
  for (const gr of groups)
    for (const arr of [gr.series, gr.summary]) {
      if (!arr) continue;
      if (LITTLE_ENDIAN) new Float64Array(bytes.buffer, start + 8 * k, arr.length).set(arr);
      else for (let i = 0; i < arr.length; i++) data.setFloat64(8 * (k + i), arr[i], true);
      k += arr.length;
    }
  return bytes;
}

export function decodeChunk(bytes: Uint8Array, where: string): { plan: string; groups: GroupRecord[] } {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error(`${where}: not a collabsim chunk file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + len))) as {
    plan: string;
    groups: { g: number; n: number; runs: [number, number, string | null, number][]; series: [number, number] | null; summary: [number, number] | null }[];
  };
  const start = Math.ceil((MAGIC.length + 4 + len) / 8) * 8;
  const floats = (span: [number, number] | null) => {
    if (!span) return null;
    const at = bytes.byteOffset + start + 8 * span[0];
    // Little-endian machines (all we run on) can copy the bytes straight into a Float64Array.
    if (LITTLE_ENDIAN) return new Float64Array(bytes.buffer.slice(at, at + 8 * span[1]));
    const out = new Float64Array(span[1]);
    for (let i = 0; i < span[1]; i++) out[i] = view.getFloat64(start + 8 * (span[0] + i), true);
    return out;
  };
  return {
    plan: header.plan,
    groups: header.groups.map((h) => ({
      g: h.g,
      n: h.n,
      runs: h.runs.map(([index, ok, error, ms]) => ({ index, ok: ok === 1, error, ms })),
      series: floats(h.series),
      summary: floats(h.summary),
    })),
  };
}

export function writeChunk(out: string, plan: string, groups: GroupRecord[]): void {
  if (groups.length === 0) return;
  const first = Math.min(...groups.map((g) => g.g));
  writeBytesAtomic(join(chunkDir(out), `g${String(first).padStart(9, '0')}.chunk`), encodeChunk(plan, groups));
}

/** Index of the groups saved under an output folder: group -> chunk file. */
export function indexChunks(out: string, plan: string): Map<number, string> {
  const dir = chunkDir(out);
  const index = new Map<number, string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.chunk')).sort();
  } catch {
    return index;
  }
  for (const name of names) {
    const file = join(dir, name);
    const head = readHeader(file);
    if (head.plan !== plan) throw new Error(`${file} belongs to another experiment plan`);
    for (const g of head.groups) index.set(g, file);
  }
  return index;
}

/** Reads groups by number from indexed chunks, keeping the last few chunks decoded (memory stays flat). */
export class ChunkReader {
  private cache = new Map<string, Map<number, GroupRecord>>();

  constructor(
    private readonly index: ReadonlyMap<number, string>,
    private readonly keep = 4,
  ) {}

  group(g: number): GroupRecord {
    const file = this.index.get(g);
    if (!file) throw new Error(`group ${g} is missing from the checkpoints`);
    let groups = this.cache.get(file);
    if (!groups) {
      groups = new Map(decodeChunk(readFileSync(file), file).groups.map((x) => [x.g, x]));
      this.cache.set(file, groups);
      if (this.cache.size > this.keep) this.cache.delete(this.cache.keys().next().value!);
    }
    return groups.get(g)!;
  }
}

/** Reads only a chunk's header: which plan and groups it holds. */
function readHeader(file: string): { plan: string; groups: number[] } {
  const fd = openSync(file, 'r');
  try {
    const pre = new Uint8Array(MAGIC.length + 4);
    readSync(fd, pre, 0, pre.length, 0);
    if (new TextDecoder().decode(pre.subarray(0, MAGIC.length)) !== MAGIC) throw new Error(`${file}: not a collabsim chunk file`);
    const len = new DataView(pre.buffer).getUint32(MAGIC.length, true);
    const json = new Uint8Array(len);
    readSync(fd, json, 0, len, pre.length);
    const h = JSON.parse(new TextDecoder().decode(json)) as { plan: string; groups: { g: number }[] };
    return { plan: h.plan, groups: h.groups.map((x) => x.g) };
  } finally {
    closeSync(fd);
  }
}
