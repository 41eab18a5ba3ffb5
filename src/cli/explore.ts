/**
 * `collabsim explore`: serves the scenario explorer (web/, built by vite into
 * web/dist) on http://127.0.0.1:PORT/. The model itself runs in the browser, in a
 * Web Worker, so the server only hands out the explorer's own static files.
 *
 * In a clone the explorer is built on demand when web/dist is missing or older than
 * its sources; the installed package ships web/dist prebuilt (`npm pack` builds it)
 * and no sources, so it never builds and needs no vite. The server binds 127.0.0.1 by default, answers only GET and HEAD, serves
 * nothing outside web/dist (no "..", no encoded traversal, no symlinks out), and
 * answers malformed requests with 400 without stopping.
 */
import { createReadStream, existsSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIR = join(ROOT, 'web');
export const DIST_DIR = join(WEB_DIR, 'dist');
export const DEFAULT_PORT = 8787;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

// ------------------------------------------------------------------ building

/** Newest modification time (ms) of the files under `dir`, skipping build output and dependencies. */
function newestMtime(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.name === 'dist' || e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.isFile()) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether the explorer's sources are here (a clone) rather than only its build (the installed package). */
export function hasSources(): boolean {
  return existsSync(join(WEB_DIR, 'index.html'));
}

/**
 * True when web/dist is missing or older than the explorer's sources (web/, src/,
 * data/). Without sources there is nothing to build from (and installed files carry
 * the tarball's fixed dates, so comparing them would mean nothing).
 */
export function needsBuild(dist = DIST_DIR): boolean {
  if (!hasSources()) return false;
  let built: number;
  try {
    built = statSync(join(dist, 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(newestMtime(WEB_DIR), newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'data')));
  return sources > built;
}

/**
 * Builds the explorer with vite's build API into a temporary folder, then moves it
 * to web/dist, so a failed or interrupted build never leaves a half-built explorer.
 */
export async function buildExplorer(opts: { outDir?: string; quiet?: boolean } = {}): Promise<string> {
  const outDir = opts.outDir ?? DIST_DIR;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new InputError('explore', 'vite to build the explorer: run `npm ci` in the collabsim folder (vite is a development dependency)');
  }
  const tmp = join(WEB_DIR, `.dist-${process.pid}-${Date.now()}`);
  try {
    await vite.build({
      configFile: join(WEB_DIR, 'vite.config.ts'),
      logLevel: opts.quiet ? 'error' : 'warn',
      build: { outDir: tmp, emptyOutDir: true },
    });
    rmSync(outDir, { recursive: true, force: true });
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      // Another build finished first: use its output.
      if (!['ENOTEMPTY', 'EEXIST'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return outDir;
}

// ------------------------------------------------------------------ serving

export interface StaticServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = `${status} ${text}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Maps a request target to a file under `root`, or returns an HTTP status for why
 * not. `root` must be a real path (no symlinks).
 */
export function resolveRequest(root: string, target: string | undefined): { file: string } | { status: 400 | 404; reason: string } {
  if (!target || !target.startsWith('/')) return { status: 400, reason: 'Bad Request' };
  const pathname = target.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, reason: 'Bad Request' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400, reason: 'Bad Request' };
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return { status: 404, reason: 'Not Found' };
  let file = join(root, ...parts);
  if (file !== root && !file.startsWith(root + sep)) return { status: 404, reason: 'Not Found' };
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!statSync(file).isFile()) return { status: 404, reason: 'Not Found' };
    // A symbolic link inside the folder must not lead out of it.
    const real = realpathSync(file);
    if (!real.startsWith(root + sep)) return { status: 404, reason: 'Not Found' };
    return { file: real };
  } catch {
    return { status: 404, reason: 'Not Found' };
  }
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  const r = resolveRequest(root, req.url);
  if ('status' in r) return send(res, r.status, r.reason);
  const size = statSync(r.file).size;
  const type = CONTENT_TYPES[extname(r.file).toLowerCase()] ?? 'application/octet-stream';
  // Hashed build assets never change; everything else is revalidated.
  const immutable = /[\\/]assets[\\/]/.test(r.file) && !r.file.endsWith('.html');
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  const stream = createReadStream(r.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Serves the files of `root` (and nothing else) on host:port; port 0 picks a free port. */
export function serveStatic(root: string, opts: { port: number; host: string }): Promise<StaticServer> {
  const realRoot = realpathSync(root);
  const server = createServer((req, res) => {
    try {
      handle(realRoot, req, res);
    } catch {
      if (!res.headersSent) send(res, 500, 'Internal Server Error');
      else res.destroy();
    }
  });
  // Requests Node cannot even parse: answer 400 and go on serving.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  return new Promise((resolveServer, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new InputError('--port', `a free port (${opts.port} is in use; try --port 0 for any free port)`, opts.port));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' || e.code === 'EINVAL') reject(new InputError('--host', 'an address of this computer, e.g. 127.0.0.1', opts.host));
      else if (e.code === 'EACCES') reject(new InputError('--port', 'a port this user may open (above 1023)', opts.port));
      else reject(e);
    });
    server.listen(opts.port, opts.host, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      const shown = opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
      const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
      resolveServer({
        url,
        host: opts.host,
        port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Builds the explorer if needed and serves it. */
export async function startExplorer(opts: { port?: number; host?: string; rebuild?: boolean; log?: (line: string) => void } = {}): Promise<StaticServer> {
  if (!hasSources()) {
    if (opts.rebuild) throw new InputError('--rebuild', 'the explorer sources (web/) of a collabsim clone; this installed package ships the explorer prebuilt');
    if (!existsSync(join(DIST_DIR, 'index.html'))) throw new InputError('explore', `the prebuilt explorer in ${DIST_DIR} (reinstall collabsim)`);
  } else if (opts.rebuild || needsBuild()) {
    opts.log?.('collabsim: building the explorer into web/dist (once; a few seconds) ...');
    await buildExplorer({ quiet: true });
  }
  return serveStatic(DIST_DIR, { port: opts.port ?? DEFAULT_PORT, host: opts.host ?? '127.0.0.1' });
}

function parsePort(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65535) throw new InputError('--port', 'an integer in [0, 65535] (0 = any free port)', text);
  return n;
}

export function registerExplore(program: Command): void {
  program
    .command('explore')
    .description('Serve the scenario explorer on http://127.0.0.1:PORT/: sliders for every parameter, the model runs in your browser.')
    .option('--port <n>', 'port to listen on (0 = any free port)', String(DEFAULT_PORT))
    .option('--host <address>', 'address to bind; the default is reachable from this computer only', '127.0.0.1')
    .option('--rebuild', 'rebuild the explorer (web/dist) even if it looks up to date')
    .action(async (o: { port: string; host: string; rebuild?: boolean }) => {
      const port = parsePort(o.port);
      const host = o.host.trim();
      if (!host) throw new InputError('--host', 'an address of this computer, e.g. 127.0.0.1', o.host);
      const srv = await startExplorer({ port, host, rebuild: o.rebuild, log: (l) => process.stderr.write(`${l}\n`) });
      process.stdout.write(`collabsim explorer: ${srv.url}\n(open it in a browser; Ctrl+C stops the server)\n`);
      if (!['127.0.0.1', 'localhost', '::1'].includes(host))
        process.stderr.write(`collabsim: warning: bound to ${host}: other computers on the network can open the explorer\n`);
      await new Promise<void>((done) => {
        const stop = () => void srv.close().then(done);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
