/**
 * The explorer page's skeleton: header with the language switch, the settings aside,
 * the results with the status line, key numbers and chart placeholders; every
 * [data-t] text in the chosen language. What the buttons do is passed in.
 */
import type { OutcomeName } from '../../src/outcomes.js';
import { SERIES_METRICS } from '../../src/report/bands.js';
import { LANGS, outcomeDescription, outcomeLabel, t, type Lang, type UiKey } from '../../src/report/i18n.js';
import { h } from './controls.js';
import { currentYears, profileYears, setView, urlProblems, view } from './view.js';

/** What the page's own buttons do. */
export interface PageActions {
  setLang(lang: Lang): void;
  copyLink(): void;
  downloadCsv(): void;
  downloadJson(): void;
  downloadPng(chart: string): void;
  /** Redraw now (the profile year changed). */
  redraw(): void;
}

/** The element with this id. */
export const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function tx(key: UiKey, tag: keyof HTMLElementTagNameMap = 'span', attrs: Record<string, string> = {}): HTMLElement {
  return h(tag, { ...attrs, 'data-t': key });
}

/** The charts, in page order. */
export const CHARTS: readonly { id: string; metric?: OutcomeName; wide?: boolean }[] = [
  { id: 'composite', metric: 'composite', wide: true },
  ...SERIES_METRICS.map((m) => ({ id: m, metric: m })),
  { id: 'profile', wide: true },
  { id: 'deseve', wide: true },
];

/** Builds the page's skeleton; texts come from `applyTexts`. */
export function buildPage(on: PageActions): void {
  const app = $('app');
  app.replaceChildren(
    h('a', { class: 'skip', href: '#results', 'data-t': 'skipToResults' }),
    h(
      'header',
      { class: 'top' },
      h('div', {}, tx('explorerTitle', 'h1'), tx('explorerSubtitle', 'p')),
      h(
        'div',
        { class: 'lang-switch', role: 'group', 'aria-label': 'Language / Bahasa' },
        ...LANGS.map((l) => {
          const b = h('button', { type: 'button', 'data-lang': l, lang: l, 'aria-pressed': String(l === view().lang), text: l.toUpperCase(), title: l === 'en' ? 'English' : 'Bahasa Indonesia' });
          b.addEventListener('click', () => on.setLang(l));
          return b;
        }),
      ),
    ),
    h(
      'div',
      { class: 'layout' },
      h('aside', { id: 'settings', 'aria-labelledby': 'settings-h' }),
      h(
        'main',
        { id: 'results', tabindex: '-1', 'aria-labelledby': 'results-h' },
        h(
          'div',
          { class: 'toolbar' },
          tx('results', 'h2', { id: 'results-h' }),
          h('progress', { id: 'progress', max: '1', value: '0', 'aria-labelledby': 'progress-label' }),
          tx('progressLabel', 'span', { id: 'progress-label', class: 'sr-only' }),
          h('p', { id: 'status', role: 'status', 'aria-live': 'polite' }),
          h(
            'div',
            { class: 'actions' },
            actionButton('copy-link', 'copyLink', on.copyLink),
            actionButton('download-csv', 'downloadCsv', on.downloadCsv),
            actionButton('download-json', 'downloadJson', on.downloadJson),
          ),
        ),
        h('p', { id: 'problems', class: 'problems', role: 'alert', hidden: true }),
        h('p', { id: 'scenario-note', class: 'note' }),
        h('section', { id: 'keynums', class: 'card keynums', 'aria-labelledby': 'keynums-h' }, h('h3', { id: 'keynums-h' }), h('div', { id: 'keynums-body' }), tx('keyNumbersNote', 'p', { class: 'note', id: 'convention' }), tx('chartsNote', 'p', { class: 'note' })),
        h(
          'div',
          { class: 'charts' },
          ...CHARTS.map((c) =>
            h(
              'figure',
              { class: `card fig${c.wide ? ' wide' : ''}`, id: `fig-${c.id}` },
              c.id === 'profile'
                ? h('div', { class: 'year-select' }, h('label', { for: 'year', 'data-t': 'profileYear' }), h('select', { id: 'year' }))
                : undefined,
              h('div', { class: 'chart', id: `chart-${c.id}`, role: 'img' }),
              h('figcaption', {}, h('span', { class: 'caption', id: `cap-${c.id}` }), h('button', { type: 'button', class: 'png', 'data-chart': c.id, text: 'PNG' })),
            ),
          ),
        ),
        h('section', { class: 'card cli', 'aria-labelledby': 'cli-h' }, tx('cliEquivalent', 'h3', { id: 'cli-h' }), h('code', { id: 'cli' }), tx('about', 'p', { class: 'note' })),
      ),
    ),
  );
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.png')) b.addEventListener('click', () => on.downloadPng(b.dataset.chart!));
  $('year').addEventListener('change', () => {
    const y = Number(($('year') as HTMLSelectElement).value);
    setView({ ...view(), year: y === currentYears().at(-1) ? null : y });
    on.redraw();
  });
}

function actionButton(id: string, key: UiKey, onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', id, 'data-t': key });
  b.addEventListener('click', onClick);
  return b;
}

/** Fills every [data-t] element with its text in the current language. */
export function applyTexts(): void {
  const lang = view().lang;
  document.documentElement.lang = lang;
  document.title = t('explorerTitle', lang);
  for (const e of document.querySelectorAll<HTMLElement>('[data-t]')) e.textContent = t(e.dataset.t as UiKey, lang);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.png')) {
    const title = chartTitle(b.dataset.chart!, lang);
    b.textContent = t('downloadPng', lang);
    b.setAttribute('aria-label', t('downloadPngOf', lang, { title }));
  }
  for (const c of CHARTS) {
    $(`chart-${c.id}`).setAttribute('aria-label', t('chartLabel', lang, { title: chartTitle(c.id, lang) }));
    $(`cap-${c.id}`).textContent = c.metric ? outcomeDescription(c.metric, lang) : c.id === 'profile' ? t('profileNote', lang) : t('deseveNote', lang);
  }
  const problems = $('problems');
  problems.hidden = urlProblems.length === 0;
  problems.textContent = urlProblems.map((p) => t('badUrlValue', lang, { msg: p })).join(' ');
}

export function chartTitle(id: string, lang: Lang): string {
  if (id === 'composite') return t('compositeTitle', lang);
  if (id === 'profile') return t('profileTitle', lang, { years: profileYears().join(', ') });
  if (id === 'deseve') return t('deseveTitle', lang);
  return outcomeLabel(id, lang);
}

/** The run status line; `body[data-state]` tells the tests (and CSS) where things are. */
export function setStatus(kind: 'running' | 'done' | 'invalid' | 'error', text: string): void {
  document.body.dataset.state = kind;
  $('status').textContent = text;
  $('status').className = kind;
}
