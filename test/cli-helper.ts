/**
 * The one way tests start the command line: `node --import tsx src/cli/main.ts`, a
 * single process that is the CLI itself (no wrapper that re-parents a child), so a
 * test that kills it kills the process doing the work.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const MAIN = join(ROOT, 'src/cli/main.ts');
/** Node arguments that run the CLI in this process (tsx as a loader, not as a launcher). */
export const CLI = ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, MAIN];

export interface CliResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  /** Working folder (default: the repository, so `--import tsx` resolves). */
  cwd?: string;
  env?: Record<string, string>;
  timeout?: number;
  /** Extra node arguments before the CLI (e.g. a heap limit). */
  node?: string[];
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, COLLABSIM_DEBUG: '', FORCE_COLOR: '0', ...extra };
}

function nodeArgs(o: CliOptions): string[] {
  return [...(o.node ?? []), ...CLI];
}

/** Runs the CLI to the end. */
export function cli(args: readonly string[], o: CliOptions = {}): Promise<CliResult> {
  const t0 = Date.now();
  return new Promise((res) => {
    execFile(
      process.execPath,
      [...nodeArgs(o), ...args],
      { cwd: o.cwd ?? ROOT, encoding: 'utf8', timeout: o.timeout ?? 120_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env: env(o.env) },
      (err, stdout, stderr) =>
        res({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, signal: err?.signal ?? null, stdout, stderr, ms: Date.now() - t0 }),
    );
  });
}

/** Runs the CLI to the end, synchronously. */
export function cliSync(args: readonly string[], o: CliOptions = {}): CliResult {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [...nodeArgs(o), ...args], {
    cwd: o.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: o.timeout ?? 120_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: env(o.env),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

/** Starts the CLI and returns the process (its pid is the CLI's). */
export function startCli(args: readonly string[], o: CliOptions = {}): ChildProcess {
  return spawn(process.execPath, [...nodeArgs(o), ...args], { cwd: o.cwd ?? ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: env(o.env) });
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
