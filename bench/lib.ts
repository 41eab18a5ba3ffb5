/**
 * Helpers shared by the benchmark driver (bench/run.ts) and its child processes.
 */
import { V8_FLAGS } from '../src/cli/v8.js';
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
}

/** CPU seconds (user + system) of this process since `from` (a process.cpuUsage() reading). */
export function cpuSeconds(from: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1e6;
}

/** Peak resident set size of this process so far, bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * Least-squares fit of log(y) = log(a) + b log(x): the exponent b says how cost grows
 * (1 = linear). Also returns R² of the fit in log space.
 */
export function powerFit(xs: readonly number[], ys: readonly number[]): { exponent: number; r2: number } {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const n = xs.length;
  const mx = lx.reduce((a, b) => a + b, 0) / n;
  const my = ly.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (lx[i] - mx) * (ly[i] - my);
    sxx += (lx[i] - mx) ** 2;
    syy += (ly[i] - my) ** 2;
  }
  const b = sxy / sxx;
  return { exponent: b, r2: syy > 0 ? (sxy * sxy) / (sxx * syy) : 1 };
}

/** Least-squares line y = a + b x (fixed cost a, marginal cost b). */
export function linearFit(xs: readonly number[], ys: readonly number[]): { intercept: number; slope: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope };
}

export interface Machine {
  node: string;
  v8: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  platform: string;
  /** 1-minute load average when the benchmark started and ended (other work on the machine). */
  loadStart: number;
  loadEnd?: number;
  commit: string;
  dirty: boolean;
}

export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() is enough
  }
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
  } catch {
    // not a git checkout
  }
  return {
    node: process.version,
    v8: process.versions.v8,
    cpu,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
    loadStart: loadavg()[0],
    commit,
    dirty,
  };
}

export interface ChildResult<T> {
  result: T;
  /** Wall seconds of the whole child process. */
  wall: number;
  /** Peak RSS from /usr/bin/time -v when available, bytes. */
  maxRss?: number;
  /** User + system CPU seconds from /usr/bin/time -v when available. */
  cpu?: number;
}

const TIME = '/usr/bin/time';
let hasTime: boolean | undefined;
function timeAvailable(): boolean {
  if (hasTime === undefined) {
    try {
      execFileSync(TIME, ['-v', 'true'], { stdio: 'ignore' });
      hasTime = true;
    } catch {
      hasTime = false;
    }
  }
  return hasTime;
}

/**
 * Runs a command in a child process (under /usr/bin/time -v when available, for its
 * peak memory), with `root` as working directory. Resolves with stdout, stderr, wall
 * seconds and the peak RSS.
 */
export function runCommand(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; timeoutMs?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string; wall: number; maxRss?: number; cpu?: number }> {
  const timed = timeAvailable();
  const [file, argv] = timed ? [TIME, ['-v', cmd, ...args]] : [cmd, [...args]];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const wall = (performance.now() - t0) / 1000;
      let maxRss: number | undefined;
      let cpu: number | undefined;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (m) maxRss = Number(m[1]) * 1024;
      const u = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sy = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      if (u && sy) cpu = Number(u[1]) + Number(sy[1]);
      // Keep the child's own stderr readable: drop /usr/bin/time's report.
      if (timed) stderr = stderr.replace(/\n?\s*Command being timed:[\s\S]*$/, '');
      resolve({ code: code ?? -1, stdout, stderr, wall, maxRss, cpu });
    });
  });
}

/**
 * Runs bench/<script> through tsx in a fresh Node process; the child prints one JSON
 * line last. It runs with the command line's V8 flags (src/cli/v8.ts), so the model is
 * timed as the CLI and its workers run it, unless `v8Defaults` asks for V8's defaults
 * (as a host of the library gets).
 */
export async function runChild<T>(
  script: string,
  args: readonly string[],
  opts: { timeoutMs?: number; nodeArgs?: string[]; cwd?: string; v8Defaults?: boolean } = {},
): Promise<ChildResult<T>> {
  const cwd = opts.cwd ?? ROOT;
  const load0 = loadNow();
  const flags = opts.v8Defaults ? [] : V8_FLAGS;
  const r = await runCommand(process.execPath, [...flags, ...(opts.nodeArgs ?? []), '--import', 'tsx', join(cwd, 'bench', script), ...args], {
    cwd,
    timeoutMs: opts.timeoutMs,
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.code !== 0 || !last.startsWith('{')) throw new Error(`${script} ${args.join(' ')} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  // The 1-minute load average before and after, kept with the result (results.json): other work on the machine.
  const result = { ...(JSON.parse(last) as T), loadavg: [load0, loadNow()] as [number, number] };
  return { result, wall: r.wall, maxRss: r.maxRss, cpu: r.cpu };
}

export function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a >= 1e6) return x.toExponential(2).replace('e+', 'e');
  if (a >= 100) return Math.round(x).toLocaleString('en-US');
  return x.toPrecision(digits);
}

export function loadNow(): number {
  return loadavg()[0];
}
