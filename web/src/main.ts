/**
 * The scenario explorer. Controls are generated from the parameter declarations;
 * every change re-runs the model in Web Workers (the same src/model.ts as the command
 * line) and the charts fill in as replicate runs complete. The whole view lives in
 * the URL's query string.
 *
 * This file wires the parts together: view.ts (the settings and the URL), page.ts
 * (skeleton and texts), settings.ts (the controls), runs.ts (the workers), draw.ts
 * (charts and key numbers) and downloads.ts.
 */
import './style.css';
import type { Lang } from '../../src/report/i18n.js';
import { createDrawing } from './draw.js';
import { copyLink, downloadCsv, downloadJson, downloadPng } from './downloads.js';
import { applyTexts, buildPage } from './page.js';
import { createRuns } from './runs.js';
import { renderSettings } from './settings.js';
import { setView, syncUrl, view } from './view.js';

// Each calls the other only once the page runs, so the order of creation does not matter.
const drawing = createDrawing(() => runs.job());
const runs = createRuns({ progress: () => drawing.schedule(), finished: () => drawing.schedule(true) });
const run = (delay?: number) => runs.schedule(delay);

function setLang(lang: Lang): void {
  if (lang === view().lang) return;
  setView({ ...view(), lang });
  applyTexts();
  renderSettings(run);
  // Refused settings: say why again, in the new language.
  if (document.body.dataset.state === 'invalid') runs.start();
  else drawing.schedule(true);
}

buildPage({
  setLang,
  copyLink: () => void copyLink(),
  downloadCsv: () => downloadCsv(runs.job()),
  downloadJson: () => downloadJson(runs.job()),
  downloadPng: (id) => void downloadPng(id, drawing),
  redraw: () => drawing.schedule(true),
});
applyTexts();
renderSettings(run);
syncUrl();
runs.start();
