/**
 * The Node edge of the report: reads plotly.js and data/serengan.json, and writes
 * report.html atomically. Everything else about the report is pure (src/report/).
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../output/files.js';
import { buildReport } from '../report/build.js';
import type { ObservedData, ReportInput } from '../report/types.js';

const require = createRequire(import.meta.url);

let plotlyCache: string | undefined;

/**
 * The plotly.js bundle to inline. plotly.js-dist ships it unminified (10 MB); it is
 * minified once with esbuild (already installed with tsx) and kept in
 * node_modules/.cache/collabsim (or the system temp folder), so a report is about
 * 5 MB. Without esbuild, or if minifying fails, the unminified bundle is used.
 */
export function plotlyBundle(): string {
  if (plotlyCache !== undefined) return plotlyCache;
  const pkgPath = require.resolve('plotly.js-dist/package.json');
  const pkgDir = dirname(pkgPath);
  const version: string = JSON.parse(readFileSync(pkgPath, 'utf8')).version;
  const minPath = join(pkgDir, 'plotly.min.js');
  try {
    // A distribution that ships a minified bundle: use it as it is.
    if (statSync(minPath).isFile()) return (plotlyCache = readFileSync(minPath, 'utf8'));
  } catch {
    /* not shipped: minify below */
  }
  const srcPath = join(pkgDir, 'plotly.js');
  const size = statSync(srcPath).size;
  const name = `plotly-${version}-${size}.min.js`;
  const cacheDirs = [join(dirname(pkgDir), '.cache', 'collabsim'), join(tmpdir(), 'collabsim-cache')];
  for (const dir of cacheDirs) {
    try {
      const text = readFileSync(join(dir, name), 'utf8');
      if (text.length > 1_000_000 && text.includes('Plotly')) return (plotlyCache = text);
    } catch {
      /* not cached there */
    }
  }
  const source = readFileSync(srcPath, 'utf8');
  let minified: string | undefined;
  try {
    const esbuild = require('esbuild') as typeof import('esbuild');
    minified = esbuild.transformSync(source, { minify: true, legalComments: 'eof', target: 'es2020' }).code;
  } catch {
    minified = undefined;
  }
  if (!minified) return (plotlyCache = source);
  for (const dir of cacheDirs) {
    try {
      // Created lazily; a read-only node_modules just falls through to the temp folder.
      mkdirSync(dir, { recursive: true });
      writeFileAtomic(join(dir, name), minified);
      break;
    } catch {
      /* try the next folder; the cache is only an optimisation */
    }
  }
  return (plotlyCache = minified);
}

/** data/serengan.json: the observed points drawn on the charts. */
export function observedData(): ObservedData {
  return JSON.parse(readFileSync(new URL('../../data/serengan.json', import.meta.url), 'utf8')) as ObservedData;
}

export type ReportOptions = Omit<ReportInput, 'plotly' | 'observed'> & { observed?: ObservedData };

/** The text of report.html. */
export function reportHtml(input: ReportOptions): string {
  return buildReport({ ...input, observed: input.observed ?? observedData(), plotly: plotlyBundle() });
}

/** Builds report.html in `dir` (atomically) and returns its path. */
export function writeReport(dir: string, input: ReportOptions): string {
  const path = join(dir, 'report.html');
  writeFileAtomic(path, reportHtml(input));
  return path;
}
