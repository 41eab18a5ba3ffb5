/**
 * The layer graph (README's architecture map) holds: dependency-cruiser checks
 * .dependency-cruiser.cjs over src/ and web/src, with no exceptions.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/cli.js';

const ROOT = resolve(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** Runs dependency-cruiser in `cwd`; returns its exit status and report. */
function cruise(cwd: string, paths: string[], extra: string[] = []): { status: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [DEPCRUISE, ...paths, '--config', CONFIG, '--output-type', 'err', ...extra], { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, out: err.stdout + err.stderr };
  }
}

describe('architecture', () => {
  it('src/ and web/src keep the layer rules, with no import cycle', () => {
    const r = cruise(ROOT, ['src', 'web/src']);
    expect(r.out).not.toMatch(/error /);
    expect(r.status).toBe(0);
  });

  it('fails on a planted cycle and a planted layer violation', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src', 'engine'), { recursive: true });
    mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }));
    writeFileSync(join(dir, 'src', 'engine', 'a.ts'), "import { b } from './b.js';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'src', 'engine', 'b.ts'), "import { a } from './a.js';\nexport const b = () => a;\n");
    writeFileSync(join(dir, 'src', 'engine', 'c.ts'), "import { d } from '../cli/d.js';\nexport const c = d;\n");
    writeFileSync(join(dir, 'src', 'cli', 'd.ts'), 'export const d = 1;\n');
    const r = cruise(dir, ['src']);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/no-circular: src\/engine\/(a|b)\.ts/);
    expect(r.out).toMatch(/bottom-imports-bottom: src\/engine\/c\.ts → src\/cli\/d\.ts/);
    expect(r.out).toMatch(/nothing-imports-cli: src\/engine\/c\.ts → src\/cli\/d\.ts/);
  });
});
