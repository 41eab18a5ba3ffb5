import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { oddWithTables } from '../scripts/odd-params.js';

it('docs/ODD.md lists every parameter as declared (regenerate with `npx tsx scripts/odd-params.ts`)', () => {
  const text = readFileSync(new URL('../docs/ODD.md', import.meta.url), 'utf8');
  expect(oddWithTables(text) === text, 'ODD parameter tables differ from src/params/declarations.ts').toBe(true);
});
