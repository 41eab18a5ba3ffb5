/**
 * The one way tests launch the command line: `node --import tsx src/cli/main.ts ARGS`
 * from the project root, in one process (so killing it kills the CLI itself), and
 * temporary folders that are removed after the test file.
 */
import { execFile, spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** Node arguments that start the CLI (before the command's own). */
export const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

export interface CliResult {
  /** Exit code (null if killed by a signal). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly env?: Record<string, string>;
  readonly timeout?: number;
}

// An inherited COLLABSIM_DEBUG would print stack traces the tests say never appear.
const env = (extra: Record<string, string> = {}) => ({ ...process.env, COLLABSIM_DEBUG: '', ...extra });

/** Runs the CLI and waits for it (tests in one file can then run side by side). */
export function cli(args: readonly string[], o: CliOptions = {}): Promise<CliResult> {
  return new Promise((done) =>
    execFile(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, env: env(o.env), timeout: o.timeout }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    ),
  );
}

/** The same, blocking. */
export function cliSync(args: readonly string[], o: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, env: env(o.env), timeout: o.timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI and fails with its stderr unless it exits 0. */
export async function cliOk(args: readonly string[], o: CliOptions = {}): Promise<CliResult> {
  const r = await cli(args, o);
  expect(r.code, `collabsim ${args.join(' ')} failed:\n${r.stderr}`).toBe(0);
  return r;
}

/** Starts the CLI without waiting (servers, interrupted runs); the caller ends it. */
export function cliSpawn(args: readonly string[], o: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, env: env(), ...o });
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
