#!/usr/bin/env node
// The installed package ships compiled JavaScript (dist/) and no TypeScript sources;
// a clone has src/ and runs it through tsx, with no build step. The choice is made by
// the presence of src/, never of dist/: a dist/ left in a clone by `npm run build` or
// `npm pack` may be older than the sources, and must not be run in their place.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist/cli/main.js');
}
