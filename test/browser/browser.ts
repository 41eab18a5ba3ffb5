/**
 * Shared set-up of the browser tests: Debian's chromium driven by playwright-core
 * (never a downloaded browser). Without /usr/bin/chromium the browser tests are
 * skipped with a message, except under CI (CI=true), where that is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const IN_CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
export const MISSING_MESSAGE = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;

/** Prints why the browser tests of a file are skipped (once per file). */
export function announceSkip(what: string): void {
  if (!HAVE_CHROMIUM && !IN_CI) console.warn(`[collabsim] skipping the ${what} browser tests: ${MISSING_MESSAGE}`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Console errors, uncaught page errors and failed requests of a page, collected as it runs. */
export function watch(page: Page): { errors: string[]; requests: string[] } {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => requests.push(r.url()));
  return { errors, requests };
}

/**
 * Pixel statistics of a PNG screenshot, decoded by the browser itself (no image
 * library): the variance of the grey level and the number of distinct colours.
 */
export async function pixelStats(page: Page, png: Buffer): Promise<{ variance: number; colours: number; width: number; height: number }> {
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    let sum2 = 0;
    const colours = new Set<number>();
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) {
      const g = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
      sum += g;
      sum2 += g * g;
      if (colours.size < 5000) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    const mean = sum / n;
    return { variance: sum2 / n - mean * mean, colours: colours.size, width: canvas.width, height: canvas.height };
  }, dataUrl);
}
