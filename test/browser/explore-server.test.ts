/**
 * The explorer's static server (src/cli/explore.ts) on a folder of its own: it
 * serves that folder's files and nothing else (no "..", encoded or not, no symlink
 * out, no NUL), answers only GET and HEAD, and survives malformed requests.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest, serveStatic, type StaticServer } from '../../src/cli/explore.js';
import { tempDir } from '../support/cli.js';

let dir: string;
let root: string;
let srv: StaticServer;

beforeAll(async () => {
  dir = tempDir('collabsim-serve-');
  root = join(dir, 'site');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'a file.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  srv = await serveStatic(root, { port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await srv?.close();
});

/** A raw HTTP exchange, for request targets fetch() would normalise away. */
function raw(request: string): Promise<string> {
  return new Promise((done) => {
    const s = connect(srv.port, '127.0.0.1', () => s.write(request));
    let got = '';
    s.setTimeout(5000, () => s.destroy());
    s.on('data', (d) => {
      got += d;
      if (/\r\n\r\n/.test(got)) s.end();
    });
    s.on('close', () => done(got));
    s.on('error', () => done(got));
  });
}

const status = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1]);

describe('the explorer server', () => {
  it('binds the loopback address and serves its files with their types', async () => {
    expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/`);
    const index = await fetch(srv.url);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>ok</title>');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await fetch(`${srv.url}assets/app.js?v=1#x`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${srv.url}assets/a%20file.css`)).status).toBe(200);
    const head = await fetch(srv.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${srv.url}missing.js`)).status).toBe(404);
  });

  it('serves nothing outside its folder', async () => {
    for (const target of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/link.txt', '//etc/passwd', '/./index.html'])
      expect(status(await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)), target).toBeGreaterThanOrEqual(400);
    expect(status(await raw('GET /index.html%00.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'))).toBe(400);
    expect(status(await raw('GET http://evil.example/secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'))).toBe(400);
    const reply = await raw('GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(reply).not.toContain('secret');
  });

  it('answers other methods with 405 and malformed requests with 400, and keeps serving', async () => {
    expect((await fetch(srv.url, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(srv.url, { method: 'DELETE' })).status).toBe(405);
    expect(status(await raw('GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'))).toBe(400);
    expect(status(await raw('THIS IS NOT HTTP\r\n\r\n'))).toBe(400);
    expect(status(await raw(`GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n`))).toBe(400);
    expect(await raw('\u0000\u0001\u0002\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(srv.url)).status).toBe(200);
  });

  it('maps request targets to files (unit)', () => {
    expect(resolveRequest(root, undefined)).toEqual({ status: 400, reason: 'Bad Request' });
    expect(resolveRequest(root, '*')).toEqual({ status: 400, reason: 'Bad Request' });
    expect('file' in resolveRequest(root, '/')).toBe(true);
    expect('file' in resolveRequest(root, '/assets/app.js')).toBe(true);
    expect(resolveRequest(root, '/assets')).toEqual({ status: 404, reason: 'Not Found' });
  });

  it('refuses a port in use with an input error', async () => {
    await expect(serveStatic(root, { port: srv.port, host: '127.0.0.1' })).rejects.toThrow(/--port: expected a free port/);
  });
});
