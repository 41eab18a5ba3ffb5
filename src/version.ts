import { readFileSync } from 'node:fs';

/**
 * collabsim's version, from package.json. The relative URL resolves the same from
 * src/ (tsx) and from dist/ (compiled): both sit one level below the package root.
 */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
