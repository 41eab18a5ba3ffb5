import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { writeFileAtomic } from './files.js';

/**
 * An output folder is a unit. Every command that writes one goes through here:
 *
 * - `--out` must name a folder: empty or blank text is an input error (an unset
 *   variable in a job script must not mean "the current folder");
 * - a folder is replaced only if it is empty, or was made by the same command for the
 *   same plan (same inputs, so the same bytes), or with `--force`;
 * - a new result set is built in a hidden sibling and swapped in whole, so a failure
 *   at any byte (a full disk, a kill) leaves the earlier set complete and untouched;
 * - every file-system error on the folder is one line naming `--out`, raised at once
 *   (folders are made one level at a time: no recursive mkdir that can loop).
 *
 * `.collabsim/folder.json` records which command and plan made a folder.
 */
export interface FolderClaim {
  /** The command that makes the folder: run, compare, experiment, calibrate. */
  readonly command: string;
  /** Identity of everything that determines the folder's contents. */
  readonly plan: string;
}

export const STATE_DIR = '.collabsim';
const MARK = 'folder.json';

/** The `--out` text as a path, or an input error naming the option. */
export function outPath(text: string | undefined, fallback: string, field = '--out'): string {
  const t = text ?? fallback;
  if (t.trim() === '') throw new InputError(field, 'a folder path (got an empty value; is a variable unset?)');
  if (t.includes('\0')) throw new InputError(field, 'a folder path without NUL characters');
  if (t.length > 4096) throw new InputError(field, 'a folder path of at most 4096 characters', `${t.slice(0, 40)}… (${t.length} characters)`);
  return t;
}

function fsError(field: string, dir: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return new InputError(field, 'a folder that can be created and written', `${dir} (${code})`);
}

/** Reads who made a folder, if collabsim did. */
export function folderClaim(dir: string): FolderClaim | undefined {
  try {
    const m = JSON.parse(readFileSync(join(dir, STATE_DIR, MARK), 'utf8')) as FolderClaim;
    return typeof m.command === 'string' && typeof m.plan === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

function sameClaim(a: FolderClaim | undefined, b: FolderClaim): boolean {
  return a !== undefined && a.command === b.command && a.plan === b.plan;
}

/** Makes `dir` and its missing parents one level at a time (bounded by the path's depth). */
export function makeDirs(dir: string, field = '--out'): void {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    try {
      if (!statSync(d).isDirectory()) throw new InputError(field, 'a folder path whose parts are folders', `${dir} (${d} is a file)`);
      break;
    } catch (e) {
      if (e instanceof InputError) throw e;
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(field, dir, e);
    }
    missing.push(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError(field, dir, e);
    }
  }
}

/** Why an existing `out` may not be replaced, or undefined when it may. */
function refusal(out: string, claim: FolderClaim, force: boolean, field: string): InputError | undefined {
  let entries: string[];
  try {
    const st = statSync(out);
    if (!st.isDirectory()) return new InputError(field, 'a folder (it is a file)', out);
    entries = readdirSync(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return fsError(field, out, e);
  }
  if (entries.length === 0 || force || sameClaim(folderClaim(out), claim)) return undefined;
  return new InputError(field, `a new or empty folder, or one this command made for the same inputs (${out} holds other results: use --force to replace it)`);
}

/**
 * Throws an input error unless `out` may receive the result set of `claim`: checked
 * before any work, so a bad `--out` fails at once (its parent is made and a sibling
 * created and removed to prove it writable).
 */
export function checkTarget(out: string, claim: FolderClaim, force: boolean, field = '--out'): void {
  const abs = resolve(out);
  const why = refusal(abs, claim, force, field);
  if (why) throw why;
  makeDirs(dirname(abs), field);
  const probe = siblingPath(abs, `tmp-${process.pid}`);
  try {
    rmSync(probe, { recursive: true, force: true });
    mkdirSync(probe);
    rmSync(probe, { recursive: true });
  } catch (e) {
    throw fsError(field, out, e);
  }
}

/** Hidden siblings of `out`: `.NAME.collabsim-KIND[-PID]`. */
export function siblingPath(out: string, kind: string): string {
  const abs = resolve(out);
  return join(dirname(abs), `.${basename(abs)}.collabsim-${kind}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a killed command left beside `out` (its half-built set), and puts back
 * an earlier set that a kill caught between the two renames of a swap.
 */
export function cleanLeftovers(out: string): void {
  const abs = resolve(out);
  const prefix = `.${basename(abs)}.collabsim-`;
  let names: string[];
  try {
    names = readdirSync(dirname(abs));
  } catch {
    return;
  }
  for (const n of names) {
    const m = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(tmp|old)-(\\d+)$`).exec(n);
    if (!m || alive(Number(m[2]))) continue;
    const p = join(dirname(abs), n);
    if (m[1] === 'old' && !exists(abs)) renameSync(p, abs);
    else rmSync(p, { recursive: true, force: true });
  }
}

/** Whether anything is at path `p`. */
export function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* some file systems refuse fsync on folders; the renames are still ordered */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Records which command and plan made `dir`. */
export function writeClaim(dir: string, claim: FolderClaim): void {
  mkdirSync(join(dir, STATE_DIR), { recursive: true });
  writeFileAtomic(join(dir, STATE_DIR, MARK), JSON.stringify({ tool: 'collabsim', command: claim.command, plan: claim.plan }) + '\n');
}

/**
 * Puts the finished folder `built` in place of `out` as a whole: `out` is renamed
 * aside, `built` renamed in, the old one removed. A failure before the second rename
 * puts the old one back; a kill between them is repaired by `cleanLeftovers`.
 */
export function swapIn(built: string, out: string, field = '--out'): void {
  const abs = resolve(out);
  fsyncDir(built);
  const old = siblingPath(abs, `old-${process.pid}`);
  let moved = false;
  try {
    if (exists(abs)) {
      renameSync(abs, old);
      moved = true;
    }
    renameSync(built, abs);
  } catch (e) {
    if (moved) renameSync(old, abs);
    throw fsError(field, out, e);
  }
  fsyncDir(dirname(abs));
  if (moved) rmSync(old, { recursive: true, force: true });
}

/**
 * Writes a new result set for `out`: checks the target, builds the set in a hidden
 * sibling with `fill`, records the claim, and swaps it in. On any failure the sibling
 * is removed and `out` is as it was.
 */
export async function writeFolder(
  out: string,
  claim: FolderClaim,
  force: boolean,
  fill: (dir: string) => void | Promise<void>,
  field = '--out',
): Promise<void> {
  const abs = resolve(out);
  checkTarget(abs, claim, force, field);
  cleanLeftovers(abs);
  const tmp = siblingPath(abs, `tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp);
  } catch (e) {
    throw fsError(field, out, e);
  }
  try {
    await fill(tmp);
    writeClaim(tmp, claim);
    swapIn(tmp, abs, field);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw writeError(e, field, out);
  }
}

/** A file-system error while writing a result set, named by the folder option (input errors pass through). */
export function writeError(e: unknown, field: string, out: string): unknown {
  if (e instanceof InputError || !(e as NodeJS.ErrnoException).code) return e;
  return new Error(`${field}: could not write ${out} (${(e as NodeJS.ErrnoException).code}); earlier results there are untouched`);
}

/**
 * Adds files to a finished folder (an analysis beside an experiment's results): all
 * are written and synced in a staging folder first, then renamed in, so a failure
 * while writing leaves the folder as it was.
 */
export function addFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>, field: string): void {
  const stage = join(dir, STATE_DIR, `staging-${process.pid}`);
  try {
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    for (const [name, data] of Object.entries(files)) writeFileAtomic(join(stage, name), data);
    for (const name of Object.keys(files)) renameSync(join(stage, name), join(dir, name));
    fsyncDir(dir);
  } catch (e) {
    throw writeError(e, field, dir);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
