/**
 * The command line runs with a larger V8 inlining budget (src/cli/v8.ts). Optimisation
 * must never change what the model computes: runs made in a process with those flags,
 * after enough runs for the optimising compiler to work on the hot stages, give the same
 * bits as this process (V8's defaults).
 */
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { V8_FLAGS } from '../src/cli/v8.js';
import { runModel } from '../src/model.js';
import { findPreset, resolveScenario } from '../src/scenarios/index.js';
import { ROOT } from './support/cli.js';

const CASES = [
  ['status-quo', 11],
  ['mou', 12],
  ['mou', 13],
] as const;

/** Every recorded value as the hex of its float64 bytes (exact, NaN included). */
const SCRIPT = `
  import { runModel } from './src/model.ts';
  import { findPreset, resolveScenario } from './src/scenarios/index.ts';
  const bits = (s) => Buffer.from(new Float64Array(s.columns.flatMap((k) => Array.from(s.column(k)))).buffer).toString('hex');
  const mou = resolveScenario(findPreset('mou'));
  for (let i = 0; i < 600; i++) runModel(mou, 1000 + i);
  const out = ${JSON.stringify(CASES)}.map(([name, seed]) => bits(runModel(resolveScenario(findPreset(name)), seed).series));
  console.log(JSON.stringify(out));
`;

it("the CLI's V8 flags leave every output bit as it is", () => {
  const bits = (s: { columns: readonly string[]; column(k: string): ArrayLike<number> }) =>
    Buffer.from(new Float64Array(s.columns.flatMap((k) => Array.from(s.column(k)))).buffer).toString('hex');
  const here = CASES.map(([name, seed]) => bits(runModel(resolveScenario(findPreset(name)!), seed).series));
  const child = execFileSync(process.execPath, [...V8_FLAGS, '--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8' });
  expect(JSON.parse(child.trim().split('\n').pop()!)).toEqual(here);
}, 120_000);
