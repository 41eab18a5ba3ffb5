/**
 * The one way tests launch the command line: `node --import <tsx loader>
 * src/cli/main.ts ARGS`, a single process that is the CLI itself (no wrapper that
 * re-parents a child), so a test that kills it kills the process doing the work; and
 * temporary folders that are removed after the test file.
 */
import { execFile, spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const MAIN = join(ROOT, 'src/cli/main.ts');
/** Node arguments that run the CLI in this process (tsx as a loader, not as a launcher). */
export const CLI = ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, MAIN];

export interface CliResult {
  /** Exit code (null if killed by a signal). */
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time, ms. */
  readonly ms: number;
}

export interface CliOptions {
  /** Working folder (default: the repository). */
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Killed (SIGKILL) after this many ms; default 120 s. */
  readonly timeout?: number;
  /** Extra node arguments before the CLI (e.g. a heap limit). */
  readonly node?: string[];
}

// An inherited COLLABSIM_DEBUG would print stack traces the tests say never appear.
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, COLLABSIM_DEBUG: '', FORCE_COLOR: '0', ...extra });
const nodeArgs = (o: CliOptions) => [...(o.node ?? []), ...CLI];

/** Runs the CLI and waits for it (tests in one file can then run side by side). */
export function cli(args: readonly string[], o: CliOptions = {}): Promise<CliResult> {
  const t0 = Date.now();
  return new Promise((done) =>
    execFile(
      process.execPath,
      [...nodeArgs(o), ...args],
      { cwd: o.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 64 << 20, env: env(o.env), timeout: o.timeout ?? 120_000, killSignal: 'SIGKILL' },
      (err, stdout, stderr) =>
        done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, signal: err?.signal ?? null, stdout, stderr, ms: Date.now() - t0 }),
    ),
  );
}

/** The same, blocking. */
export function cliSync(args: readonly string[], o: CliOptions = {}): CliResult {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [...nodeArgs(o), ...args], {
    cwd: o.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: env(o.env),
    timeout: o.timeout ?? 120_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

/** Runs the CLI and fails with its stderr unless it exits 0. */
export async function cliOk(args: readonly string[], o: CliOptions = {}): Promise<CliResult> {
  const r = await cli(args, o);
  expect(r.code, `collabsim ${args.join(' ')} failed:\n${r.stderr}`).toBe(0);
  return r;
}

/** Starts the CLI without waiting (servers, interrupted runs); the caller ends it. Its pid is the CLI's. */
export function cliSpawn(args: readonly string[], o: SpawnOptions & { node?: string[] } = {}): ChildProcess {
  const { node, ...rest } = o;
  return spawn(process.execPath, [...(node ?? []), ...CLI, ...args], { cwd: ROOT, env: env(), ...rest });
}

/** Whether a process with this pid still exists (a zombie counts as gone). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Pids of live processes whose command line contains `text` (from /proc). */
export function processesWith(text: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(text) && alive(Number(name))) out.push(Number(name));
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A new temporary folder, removed after the test file. */
export function tempDir(prefix = 'collabsim-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}
