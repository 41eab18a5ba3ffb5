import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TMP_FILE, writeBytesAtomic } from '../output/files.js';
import { STATE_DIR } from '../output/folder.js';
import { InputError } from '../errors.js';

/**
 * Checkpoints: completed groups are saved in chunk files, written atomically. A chunk
 * holds whole groups (run statuses, kept series, replicate summaries). Resume skips
 * groups found in chunks; final outputs and `merge` are assembled from chunks, so an
 * interrupted, resumed or sharded experiment ends with the same bytes as one
 * uninterrupted run.
 *
 * Layout: "CSCHUNK2", u32 header length, header JSON (plan, total file length,
 * groups), zero padding to 8 bytes, the float64 data (little-endian) that the header
 * points into, then the SHA-256 of everything before it. A chunk is used only whole.
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

const MAGIC = 'CSCHUNK2';
const HASH_BYTES = 32;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export { STATE_DIR };

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
  // The header states the file's total length; its JSON length is fixed first, so the
  // number fits. Only that number changes between drafts: the groups are encoded once.
  const groupsJson = Buffer.from(`,"groups":${JSON.stringify(head)}}`);
  const draft = (bytes: number) => Buffer.from(JSON.stringify({ plan, bytes }).slice(0, -1));
  const startOf = (jsonLength: number) => Math.ceil((MAGIC.length + 4 + jsonLength) / 8) * 8;
  let prefix = draft(0);
  for (let prev = -1; prefix.length !== prev; ) {
    prev = prefix.length;
    prefix = draft(startOf(prev + groupsJson.length) + offset * 8 + HASH_BYTES);
  }
  const jsonLength = prefix.length + groupsJson.length;
  const start = startOf(jsonLength);
  const total = start + offset * 8 + HASH_BYTES;
  const bytes = new Uint8Array(total);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, jsonLength, true);
  bytes.set(prefix, MAGIC.length + 4);
  bytes.set(groupsJson, MAGIC.length + 4 + prefix.length);
  const data = new DataView(bytes.buffer, start);
  let k = 0;
  for (const gr of groups)
    for (const arr of [gr.series, gr.summary]) {
      if (!arr) continue;
      if (LITTLE_ENDIAN) new Float64Array(bytes.buffer, start + 8 * k, arr.length).set(arr);
      else for (let i = 0; i < arr.length; i++) data.setFloat64(8 * (k + i), arr[i], true);
      k += arr.length;
    }
  bytes.set(digest(bytes.subarray(0, total - HASH_BYTES)), total - HASH_BYTES);
  return bytes;
}

function digest(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}

interface ChunkHeader {
  plan: string;
  bytes: number;
  groups: { g: number; n: number; runs: [number, number, string | null, number][]; series: [number, number] | null; summary: [number, number] | null }[];
}

/** A chunk that is not whole: one line naming the file and what is wrong. */
export class ChunkError extends InputError {
  constructor(readonly file: string, problem: string) {
    super(file, 'a complete, undamaged checkpoint chunk', problem);
  }
}

/**
 * Chunks this process wrote or verified, by path, with the identity (inode, size,
 * modification time) they had then: an experiment's end reads its chunks for the
 * tables and again for the report, and a file unchanged since need not be checked
 * again (its checksum costs as much as its reading).
 */
const checked = new Map<string, { id: string; plan: string; groups: number[] }>();

function fileIdentity(path: string): string {
  const st = statSync(path, { bigint: true });
  return `${st.ino}:${st.size}:${st.mtimeNs}`;
}

/** What this process knows of `path` if it wrote or checked it whole and it has not changed since. */
function known(path: string): { plan: string; groups: number[] } | undefined {
  const entry = checked.get(path);
  if (!entry) return undefined;
  try {
    if (fileIdentity(path) === entry.id) return entry;
  } catch {
    /* gone: read it as any other */
  }
  checked.delete(path);
  return undefined;
}

function unchanged(path: string): boolean {
  return known(path) !== undefined;
}

/** The groups of a chunk of `plan` checked before and unchanged since, else undefined. */
function trusted(path: string, plan: string): number[] | undefined {
  const entry = known(path);
  return entry?.plan === plan ? entry.groups : undefined;
}

function remember(path: string, plan: string, groups: number[]): void {
  checked.set(path, { id: fileIdentity(path), plan, groups });
}

/** Checks a chunk's length, checksum and layout and returns its header; throws ChunkError. */
function verify(bytes: Uint8Array, where: string, sum = true): { header: ChunkHeader; start: number } {
  const fixed = MAGIC.length + 4;
  if (bytes.length < fixed + HASH_BYTES || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new ChunkError(where, 'not a collabsim chunk file of this version');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(MAGIC.length, true);
  if (fixed + len > bytes.length) throw new ChunkError(where, `truncated (${bytes.length} bytes)`);
  let header: ChunkHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(fixed, fixed + len))) as ChunkHeader;
  } catch {
    throw new ChunkError(where, 'a damaged header');
  }
  if (typeof header !== 'object' || header === null || header.bytes !== bytes.length)
    throw new ChunkError(where, `${bytes.length} bytes where the header states ${typeof header?.bytes === 'number' ? header.bytes : 'no length'} (truncated or extended)`);
  if (sum && !Buffer.from(digest(bytes.subarray(0, bytes.length - HASH_BYTES))).equals(bytes.subarray(bytes.length - HASH_BYTES)))
    throw new ChunkError(where, 'a checksum mismatch (damaged contents)');
  const start = Math.ceil((fixed + len) / 8) * 8;
  const floats = (bytes.length - HASH_BYTES - start) / 8;
  for (const h of header.groups)
    for (const span of [h.series, h.summary]) if (span && (span[0] < 0 || span[0] + span[1] > floats)) throw new ChunkError(where, `group ${h.g} pointing outside the data`);
  return { header, start };
}

export function decodeChunk(bytes: Uint8Array, where: string, sum = true): { plan: string; groups: GroupRecord[] } {
  const { header, start } = verify(bytes, where, sum);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
  const path = join(chunkDir(out), `g${String(first).padStart(9, '0')}.chunk`);
  writeBytesAtomic(path, encodeChunk(plan, groups));
  remember(path, plan, groups.map((g) => g.g));
}

/**
 * Index of the groups saved under an output folder: group -> chunk file. Every chunk
 * is verified whole (length, checksum). A damaged one is deleted when `discard` is
 * set (resume: its groups run again) and otherwise named in a one-line error (merge,
 * analysis). Leftover temporary files of a killed write are removed with it.
 */
export function indexChunks(out: string, plan: string, discard = false): Map<number, string> {
  const dir = chunkDir(out);
  const index = new Map<number, string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return index;
  }
  for (const name of names) {
    const file = join(dir, name);
    if (TMP_FILE.test(name)) {
      if (discard) rmSync(file, { force: true });
      continue;
    }
    if (!name.endsWith('.chunk')) continue;
    const known = trusted(file, plan);
    if (known) {
      for (const g of known) index.set(g, file);
      continue;
    }
    let head: ChunkHeader;
    try {
      head = verify(readFileSync(file), file).header;
    } catch (e) {
      if (!(e instanceof ChunkError) || !discard) throw e;
      rmSync(file, { force: true });
      continue;
    }
    if (head.plan !== plan) throw new InputError(file, 'a checkpoint of this experiment plan', `one of plan ${String(head.plan).slice(0, 20)}`);
    for (const g of head.groups) index.set(g.g, file);
    remember(file, plan, head.groups.map((g) => g.g));
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
      groups = new Map(decodeChunk(readFileSync(file), file, !unchanged(file)).groups.map((x) => [x.g, x]));
      this.cache.set(file, groups);
      if (this.cache.size > this.keep) this.cache.delete(this.cache.keys().next().value!);
    }
    return groups.get(g)!;
  }
}
