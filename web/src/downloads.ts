/**
 * The explorer's buttons that hand something out: the link, the shown data as CSV
 * or JSON (built by export.ts), and a chart as PNG.
 */
import { t } from '../../src/report/i18n.js';
import { h } from './controls.js';
import type { Drawing } from './draw.js';
import { shownSets } from './draw.js';
import { bandsCsv, viewJson, type ShownSet } from './export.js';
import { $ } from './page.js';
import { scenarioFile } from './state.js';
import type { Job } from './runs.js';
import { view } from './view.js';

function save(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function currentSets(job: Job | undefined): ShownSet[] {
  return job ? shownSets(job, view().lang) : [];
}

export function downloadCsv(job: Job | undefined): void {
  save(`collabsim-${view().scenario}.csv`, bandsCsv(currentSets(job)), 'text/csv;charset=utf-8');
}

export function downloadJson(job: Job | undefined): void {
  if (!job) return;
  save(`collabsim-${view().scenario}.json`, viewJson(job.state, job.params, currentSets(job), location.href), 'application/json');
}

/** The scenario shown, as a file `collabsim run FILE.json` accepts. */
export function saveScenario(): void {
  const file = scenarioFile(view());
  save(`${file.name}.json`, file.text, 'application/json');
}

export async function downloadPng(id: string, drawing: Drawing): Promise<void> {
  const P = await drawing.plotly();
  const el = $(`chart-${id}`);
  await P.downloadImage(el as unknown as Parameters<typeof P.downloadImage>[0], { format: 'png', width: Math.max(900, el.clientWidth), height: el.clientHeight || 400, filename: `collabsim-${view().scenario}-${id}` });
}

export async function copyLink(): Promise<void> {
  const url = location.href;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    // No clipboard permission: select the link in a prompt-free way.
    const input = h('input', { value: url, 'aria-hidden': 'true', class: 'sr-only' });
    document.body.append(input);
    input.select();
    document.execCommand('copy');
    input.remove();
  }
  $('status').textContent = t('linkCopied', view().lang);
}
