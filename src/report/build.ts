/**
 * report.html: one self-contained page (plotly.js inlined, data embedded as JSON, no
 * network access at all) with the scenarios' replicate bands, the observed points,
 * the DeSeve scores and profile, the scenario differences, the optional sensitivity,
 * calibration and discovery sections, a written summary, and the parameters and
 * seeds. English first, with an in-page switch to Bahasa Indonesia.
 *
 * `buildReport` is pure: same input, same bytes (no clock, no randomness).
 */
import type { ComparisonRow } from '../analysis/compare.js';
import type { OutcomeName } from '../outcomes.js';
import { PARAMS, type ParamDecl } from '../params/index.js';
import { fullYears } from '../analysis/stats.js';
import { OBSERVED_METRICS, SERIES_METRICS, type ScenarioSummary } from './bands.js';
import {
  colorOf,
  deseveGridFigure,
  differenceFigure,
  fmtMetric,
  morrisFigure,
  posteriorFigure,
  predictiveFigure,
  primFigure,
  profileFigure,
  seriesFigure,
  sobolFigure,
  type BandInput,
  type Figure,
} from './figures.js';
import {
  fmt,
  LANGS,
  outcomeDescription,
  outcomeLabel,
  paramDescription,
  paramLabel,
  scenarioDescription,
  t,
  textIn,
  unitText,
  valueText,
  type Lang,
  type Text,
  type UiKey,
} from './i18n.js';
import { lastCommonYear, summarySentences } from './summary.js';
import type { PrimLimit, ReportInput } from './types.js';

// ------------------------------------------------------------------ HTML helpers

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text in both languages; CSS shows the one matching <html lang>. */
function bi(text: Text | ((lang: Lang) => string), tag = 'span', cls = ''): string {
  const get = typeof text === 'function' ? text : (l: Lang) => text[l];
  return LANGS.map((l) => `<${tag} class="l-${l}${cls ? ` ${cls}` : ''}" lang="${l}">${escapeHtml(get(l))}</${tag}>`).join('');
}

function biKey(key: UiKey, vars: Readonly<Record<string, string | number>> = {}, tag = 'span'): string {
  return bi((l) => t(key, l, vars), tag);
}

/** Inline JSON for a <script type="application/json">: "<" escaped so no "</script>" can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** JavaScript source made safe to inline in a <script> element. */
export function scriptForInline(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

// ------------------------------------------------------------------ figure packing

/**
 * Numbers rounded to 6 significant digits, and every long array stored once and
 * referenced as {"$a": index}: the two languages' figures share their data, and all
 * traces share one date axis.
 */
export function packFigures(figs: unknown): { packed: unknown; arrays: unknown[] } {
  const arrays: unknown[] = [];
  const index = new Map<string, number>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isFinite(v) ? Number(v.toPrecision(6)) : null;
    if (Array.isArray(v) || ArrayBuffer.isView(v)) {
      const arr = Array.from(v as ArrayLike<unknown>, walk);
      if (arr.length >= 8 && arr.every((x) => x === null || typeof x === 'number' || typeof x === 'string')) {
        const key = JSON.stringify(arr);
        let k = index.get(key);
        if (k === undefined) {
          k = arrays.length;
          arrays.push(arr);
          index.set(key, k);
        }
        return { $a: k };
      }
      return arr;
    }
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) o[k] = walk(x);
      return o;
    }
    return v;
  };
  return { packed: walk(figs), arrays };
}

// ------------------------------------------------------------------ the page

interface FigureEntry {
  readonly id: string;
  readonly label: Text;
  readonly byLang: Record<Lang, Figure>;
}

function figureOf(id: string, label: (l: Lang) => string, build: (l: Lang) => Figure): FigureEntry {
  return { id, label: { en: label('en'), id: label('id') }, byLang: { en: build('en'), id: build('id') } };
}

function chartHtml(f: FigureEntry, caption?: string): string {
  const h = Math.round(Number(f.byLang.en.layout.height ?? 340));
  return (
    `<figure class="fig"><div class="chart" id="${f.id}" role="img" aria-label="${escapeHtml(f.label.en)}" style="min-height:${h}px"></div>` +
    (caption ? `<figcaption>${caption}</figcaption>` : '') +
    `</figure>`
  );
}

/** Default years of the profile chart: the last observed year (2014) and the last full year, when simulated. */
export function defaultProfileYears(scenarios: readonly ScenarioSummary[]): number[] {
  const last = lastCommonYear(scenarios);
  if (last === undefined) return [];
  const first = Math.max(...scenarios.map((s) => s.startYear));
  const years = [2014, last].filter((y) => y >= first && y <= last);
  return [...new Set(years.length ? years : [last])];
}

function bandsOf(scenarios: readonly ScenarioSummary[], metric: OutcomeName): BandInput[] {
  return scenarios.flatMap((s, k) => {
    const band = s.bands[metric];
    return band ? [{ label: s.name, color: colorOf(k), startYear: s.startYear, months: s.months, band }] : [];
  });
}

function changedParams(s: ScenarioSummary): { d: ParamDecl; value: unknown }[] {
  const p = s.params as unknown as Record<string, unknown>;
  return (PARAMS as readonly ParamDecl[]).filter((d) => p[d.name] !== undefined && p[d.name] !== d.default).map((d) => ({ d, value: p[d.name] }));
}

function comparisonTables(rows: readonly ComparisonRow[], a: string, b: string): string {
  const years = [...new Set(rows.map((r) => r.year))];
  const cell = (m: string, s: { mean: number; lo: number; hi: number }, l: Lang) => `${fmtMetric(m, s.mean, l)} [${fmtMetric(m, s.lo, l)}, ${fmtMetric(m, s.hi, l)}]`;
  const diff = (m: string, d: { diff: number; lo: number; hi: number }, l: Lang) =>
    `${fmtMetric(m, d.diff, l, true)} [${fmtMetric(m, d.lo, l, true)}, ${fmtMetric(m, d.hi, l, true)}]`;
  return years
    .map((year) => {
      const body = rows
        .filter((r) => r.year === year)
        .map((r) => {
          const clear = r.diff.lo > 0 || r.diff.hi < 0;
          return (
            `<tr><th scope="row">${bi((l) => outcomeLabel(r.metric, l))}</th>` +
            `<td class="num">${bi((l) => cell(r.metric, r.a, l))}</td>` +
            `<td class="num">${bi((l) => cell(r.metric, r.b, l))}</td>` +
            `<td class="num${clear ? ' clear' : ''}">${bi((l) => diff(r.metric, r.diff, l))}</td></tr>`
          );
        })
        .join('');
      return (
        `<table class="cmp"><caption>${year}</caption><thead><tr><th scope="col">${biKey('metric')}</th>` +
        `<th scope="col">${escapeHtml(a)}</th><th scope="col">${escapeHtml(b)}</th><th scope="col">${escapeHtml(b)} − ${escapeHtml(a)}</th></tr></thead><tbody>${body}</tbody></table>`
      );
    })
    .join('');
}

function limitText(lim: PrimLimit, l: Lang): string {
  const name = `${paramLabel(lim.param, l)} (${lim.param})`;
  if ('values' in lim) return `${name} ∈ {${lim.values.join(', ')}}`;
  const decl = (PARAMS as readonly ParamDecl[]).find((d) => d.name === lim.param);
  const num = (v: number) => (decl ? valueText(decl, v, l) : fmt(v, 3, l));
  const lo = lim.min === undefined ? '' : `${num(lim.min)} ≤ `;
  const hi = lim.max === undefined ? '' : ` ≤ ${num(lim.max)}`;
  return `${lo}${name}${hi}`;
}

const CSS = `
:root{--fg:#1f2933;--muted:#52606d;--line:#e4e7eb;--accent:#0b5cab;--bg:#f5f7fa;--head:#102a43}
html:not([lang=id]) .l-id,html[lang=id] .l-en{display:none!important}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
header.top{background:var(--head);color:#fff;padding:18px 28px}
header.top .bar{max-width:1180px;margin:0 auto;display:flex;gap:16px;align-items:flex-start;justify-content:space-between;flex-wrap:wrap}
header.top h1{margin:0 0 4px;font-size:24px}
header.top p{margin:0;color:#d9e2ec;max-width:760px}
.chips{margin-top:8px;display:flex;gap:6px;flex-wrap:wrap}
.chip{display:inline-flex;align-items:center;gap:6px;background:#243b53;border-radius:999px;padding:2px 10px;font-size:13px}
.chip i{width:10px;height:10px;border-radius:50%;display:inline-block}
.lang-switch{display:flex;gap:4px;align-items:center}
.lang-switch button{font:inherit;font-size:14px;border:1px solid #9fb3c8;background:transparent;color:#fff;border-radius:6px;padding:4px 10px;cursor:pointer}
.lang-switch button[aria-pressed=true]{background:#fff;color:var(--head);font-weight:600}
.lang-switch button:focus-visible{outline:3px solid #f0b429;outline-offset:2px}
main{max-width:1180px;margin:0 auto;padding:8px 20px 40px}
nav.toc{margin:14px 0;font-size:14px}
nav.toc ol{display:flex;flex-wrap:wrap;gap:4px 18px;margin:0;padding:0;list-style:none}
section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 22px 18px;margin:14px 0}
section h2{font-size:19px;margin:6px 0 8px}
section h3{font-size:16px;margin:16px 0 6px}
.note{color:var(--muted);font-size:14px;margin:4px 0 10px}
.summary p{margin:6px 0;font-size:16px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:10px 18px}
.fig{margin:0}
.fig figcaption{color:var(--muted);font-size:13px}
.chart{width:100%}
table{border-collapse:collapse;width:100%;font-size:13.5px;margin:6px 0 14px}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #bcccdc}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.clear{font-weight:600}
code{font-size:12.5px;background:#f0f4f8;border-radius:4px;padding:1px 4px}
.desc{display:block;color:var(--muted);font-size:12.5px;font-weight:normal}
details summary{cursor:pointer;font-weight:600;margin:8px 0}
.js-missing{background:#fff3c4;border:1px solid #f0b429;padding:8px 12px;border-radius:8px}
footer{max-width:1180px;margin:0 auto;padding:0 20px 30px;color:var(--muted);font-size:13px}
@media print{.lang-switch,nav.toc{display:none}section{break-inside:avoid;border:none}body{background:#fff}}
`;

/** The page's own script: unpacks the figures and draws them; the language switch redraws them. */
const RUNTIME = `
(function () {
  'use strict';
  var payload = JSON.parse(document.getElementById('collabsim-data').textContent);
  var arrays = payload.arrays;
  function unpack(v) {
    if (Array.isArray(v)) return v.map(unpack);
    if (v && typeof v === 'object') {
      if (typeof v.$a === 'number' && Object.keys(v).length === 1) return arrays[v.$a].slice();
      var o = {};
      for (var k in v) o[k] = unpack(v[k]);
      return o;
    }
    return v;
  }
  var config = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['select2d', 'lasso2d'], toImageButtonOptions: { format: 'png', scale: 2 } };
  function initialLang() {
    var m = /(?:^|[#&])lang=(en|id)/.exec(location.hash);
    if (m) return m[1];
    try { var s = localStorage.getItem('collabsim-lang'); if (s === 'en' || s === 'id') return s; } catch (e) {}
    return payload.lang;
  }
  var drawn = 0;
  function render(lang) {
    document.documentElement.lang = lang;
    document.title = payload.title[lang];
    var buttons = document.querySelectorAll('[data-lang]');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-lang') === lang));
    if (typeof Plotly === 'undefined') return Promise.resolve();
    return Promise.all(payload.figures.map(function (f) {
      var el = document.getElementById(f.el);
      if (!el) return null;
      el.setAttribute('aria-label', f.label[lang]);
      var fig = unpack(f.fig[lang]);
      return Plotly.react(el, fig.data, fig.layout, config).then(function () { drawn++; });
    }));
  }
  var buttons = document.querySelectorAll('[data-lang]');
  for (var i = 0; i < buttons.length; i++) buttons[i].addEventListener('click', function (ev) {
    var lang = ev.currentTarget.getAttribute('data-lang');
    try { localStorage.setItem('collabsim-lang', lang); } catch (e) {}
    history.replaceState(null, '', '#lang=' + lang);
    render(lang).then(function () { document.documentElement.setAttribute('data-rendered-lang', lang); });
  });
  if (typeof Plotly === 'undefined') {
    document.getElementById('js-missing').hidden = false;
    return;
  }
  var lang = initialLang();
  render(lang).then(function () {
    document.documentElement.setAttribute('data-rendered', String(payload.figures.length));
    document.documentElement.setAttribute('data-rendered-lang', lang);
  }, function (e) {
    document.documentElement.setAttribute('data-render-error', String(e && e.message || e));
    throw e;
  });
})();
`;

export function buildReport(input: ReportInput): string {
  const sc = input.scenarios;
  const cmp = input.comparison;
  const lang0: Lang = input.lang ?? 'en';
  const obs = input.observed;
  const profileYears = input.profileYears?.length ? [...input.profileYears] : defaultProfileYears(sc);
  const labels = sc.map((s, k) => ({ summary: s, label: s.name, color: colorOf(k) }));

  const title: Text = {
    en: `${t('reportTitle', 'en')}: ${sc.map((s) => s.name).join(' vs ')}`,
    id: `${t('reportTitle', 'id')}: ${sc.map((s) => s.name).join(' vs ')}`,
  };

  // Figures, in page order.
  // An analysis report (sensitivity, calibration, discovery over a design) may have no scenario bands: skip those charts.
  const hasBands = sc.length > 0;
  const series = (hasBands ? SERIES_METRICS : []).map((m) =>
    figureOf(`chart-${m}`, (l) => t('chartLabel', l, { title: outcomeLabel(m, l) }), (l) => seriesFigure(m, bandsOf(sc, m), l, (OBSERVED_METRICS as readonly string[]).includes(m) ? obs : undefined)),
  );
  const composite = !hasBands ? undefined : figureOf('chart-composite', (l) => t('chartLabel', l, { title: t('compositeTitle', l) }), (l) =>
    seriesFigure('composite', bandsOf(sc, 'composite'), l, undefined, { title: t('compositeTitle', l), height: 380 }),
  );
  const deseve = !hasBands ? undefined : figureOf('chart-deseve', (l) => t('chartLabel', l, { title: t('deseveTitle', l) }), (l) => deseveGridFigure((item) => bandsOf(sc, item), l));
  const profile = hasBands && profileYears.length
    ? figureOf('chart-profile', (l) => t('chartLabel', l, { title: t('profileTitle', l, { years: profileYears.join(', ') }) }), (l) => profileFigure(labels, profileYears, l))
    : undefined;
  const difference = cmp
    ? figureOf('chart-differences', (l) => t('chartLabel', l, { title: t('differenceChartTitle', l, { a: cmp.a, b: cmp.b }) }), (l) => differenceFigure(cmp.rows, cmp.a, cmp.b, l))
    : undefined;
  const morris = (input.morris ?? []).map((m, k) => figureOf(`chart-morris-${k + 1}`, (l) => t('secMorris', l), (l) => morrisFigure(m, l)));
  const sobol = (input.sobol ?? []).map((s, k) => figureOf(`chart-sobol-${k + 1}`, (l) => t('secSobol', l), (l) => sobolFigure(s, l)));
  const cal = input.calibration;
  const posterior = cal && cal.posterior.length ? figureOf('chart-posterior', (l) => t('posterior', l), (l) => posteriorFigure(cal, l)) : undefined;
  const predictive = cal && cal.predictive.length ? figureOf('chart-predictive', (l) => t('predictive', l), (l) => predictiveFigure(cal, obs, l)) : undefined;
  const prim = (input.prim ?? []).map((p, k) => figureOf(`chart-prim-${k + 1}`, (l) => t('secPrim', l), (l) => primFigure(p, l)));

  const all = [...series, composite, deseve, profile, difference, ...morris, ...sobol, posterior, predictive, ...prim].filter((f): f is FigureEntry => f !== undefined);
  const { packed, arrays } = packFigures(all.map((f) => ({ el: f.id, label: f.label, fig: f.byLang })));
  const payload = { lang: lang0, title, arrays, figures: packed };

  const sections: { id: string; key: UiKey; html: string }[] = [];

  // Summary
  sections.push({
    id: 'summary',
    key: 'secSummary',
    html: `<div class="summary">${LANGS.map((l) => `<div class="l-${l}" lang="${l}">${summarySentences(input, l).map((s) => `<p>${escapeHtml(s)}</p>`).join('')}</div>`).join('')}</div>`,
  });

  // Time series
  if (hasBands && composite && deseve) {
  sections.push({
    id: 'series',
    key: 'secTimeSeries',
    html:
      `<p class="note">${biKey('howToRead')} ${obs ? biKey('observedNote') : ''}</p>` +
      `<div class="charts">${series.map((f, k) => chartHtml(f, bi((l) => outcomeDescription(SERIES_METRICS[k], l)))).join('')}</div>`,
  });

  // DeSeve
  sections.push({
    id: 'deseve',
    key: 'secDeseve',
    html:
      `<p class="note">${biKey('deseveNote')}</p>` +
      chartHtml(composite) +
      chartHtml(deseve) +
      (profile ? chartHtml(profile, biKey('profileNote')) : ''),
  });
  }

  // Differences
  if (cmp && difference)
    sections.push({
      id: 'differences',
      key: 'secDifferences',
      html:
        `<p class="note">${biKey('differencesNote', { a: cmp.a, b: cmp.b })}</p>` +
        chartHtml(difference) +
        `<p class="note">${biKey('tableCell')}</p>` +
        comparisonTables(cmp.rows, cmp.a, cmp.b),
    });

  // Optional sections
  if (morris.length)
    sections.push({
      id: 'morris',
      key: 'secMorris',
      html: morris
        .map((f, k) => {
          const m = input.morris![k];
          const outcome = (l: Lang) => (m.year === undefined ? outcomeLabel(m.outcome, l) : `${outcomeLabel(m.outcome, l)}, ${m.year}`);
          return chartHtml(f, bi((l) => t('morrisNote', l, { outcome: outcome(l) })));
        })
        .join(''),
    });
  if (sobol.length)
    sections.push({
      id: 'sobol',
      key: 'secSobol',
      html: sobol
        .map((f, k) => {
          const s = input.sobol![k];
          const outcome = (l: Lang) => (s.year === undefined ? outcomeLabel(s.outcome, l) : `${outcomeLabel(s.outcome, l)}, ${s.year}`);
          return chartHtml(f, bi((l) => t('sobolNote', l, { outcome: outcome(l) })));
        })
        .join(''),
    });
  if (cal && (posterior || predictive))
    sections.push({
      id: 'calibration',
      key: 'secCalibration',
      html:
        `<p class="note">${biKey('calibrationNote')} ${biKey('accepted', { n: cal.accepted })}${cal.tolerance !== undefined ? bi((l) => `; ${t('tolerance', l, { eps: fmt(cal.tolerance!, 4, l) })}`) : ''}${cal.method ? ` (${escapeHtml(cal.method)})` : ''}.</p>` +
        (posterior ? chartHtml(posterior) : '') +
        (predictive ? chartHtml(predictive) : ''),
    });
  if (prim.length)
    sections.push({
      id: 'prim',
      key: 'secPrim',
      html: prim
        .map((f, k) => {
          const p = input.prim![k];
          const rows = p.boxes
            .map(
              (b, j) =>
                `<tr><th scope="row">${biKey('box')} ${j + 1}</th><td class="num">${bi((l) => fmt(b.coverage, 2, l))}</td><td class="num">${bi((l) => fmt(b.density, 2, l))}</td>` +
                `<td class="num">${b.mass === undefined ? '' : bi((l) => fmt(b.mass!, 2, l))}</td><td>${b.limits.map((lim) => bi((l) => limitText(lim, l))).join('<br>')}</td></tr>`,
            )
            .join('');
          return (
            `<h3>${bi((l) => textIn(p.outcome, l))}</h3><p class="note">${bi((l) => t('primNote', l, { outcome: textIn(p.outcome, l) }))}</p>` +
            chartHtml(f) +
            `<table><thead><tr><th scope="col">${biKey('box')}</th><th scope="col">${biKey('coverage')}</th><th scope="col">${biKey('density')}</th><th scope="col">${biKey('mass')}</th><th scope="col">${biKey('limits')}</th></tr></thead><tbody>${rows}</tbody></table>`
          );
        })
        .join(''),
    });

  // Parameters and seeds
  const info =
    `<table class="info"><tbody>` +
    `<tr><th scope="row">${biKey('version')}</th><td>${escapeHtml(input.version)}</td></tr>` +
    `<tr><th scope="row">${biKey('command')}</th><td><code>collabsim ${escapeHtml(input.command)}</code></td></tr>` +
    `<tr><th scope="row">${biKey('experimentSeed')}</th><td>${input.experimentSeed}</td></tr>` +
    `<tr><th scope="row">${biKey('replicatesPerScenario')}</th><td>${input.replicates}</td></tr>` +
    sc
      .map((s) => {
        const ys = fullYears(s.startYear, s.months);
        return `<tr><th scope="row">${biKey('horizon')} (${escapeHtml(s.name)})</th><td>${bi((l) => `${fmt(s.months, 0, l)} ${unitText('months', l)}: ${s.startYear}–${ys.at(-1) ?? s.startYear}`)}</td></tr>`;
      })
      .join('') +
    `</tbody></table>`;
  const perScenario = sc
    .map((s) => {
      const changed = changedParams(s);
      const table = changed.length
        ? `<table><thead><tr><th scope="col">${biKey('parameter')}</th><th scope="col">${biKey('value')}</th><th scope="col">${biKey('defaultValue')}</th><th scope="col">${biKey('unit')}</th></tr></thead><tbody>` +
          changed
            .map(
              ({ d, value }) =>
                `<tr><th scope="row">${bi((l) => paramLabel(d.name, l))} <code>${escapeHtml(d.name)}</code>${bi((l) => paramDescription(d, l), 'span', 'desc')}</th>` +
                `<td class="num">${bi((l) => valueText(d, value, l))}</td><td class="num">${bi((l) => valueText(d, d.default, l))}</td><td>${bi((l) => unitText(d.unit, l))}</td></tr>`,
            )
            .join('') +
          `</tbody></table>`
        : `<p>${biKey('noChanges')}</p>`;
      return `<h3>${escapeHtml(s.name)}</h3><p class="note">${bi((l) => scenarioDescription(s.name, s.description, l))}</p><p><strong>${biKey('changedParams')}</strong></p>${table}`;
    })
    .join('');
  const MAX_SEEDS = 1000;
  const seedRows = input.seeds
    .slice(0, MAX_SEEDS)
    .map((r) => `<tr><td>${escapeHtml(r.runId)}</td><td>${escapeHtml(r.scenario)}</td><td class="num">${r.replicate}</td><td class="num">${r.seed}</td></tr>`)
    .join('');
  const seeds =
    `<details><summary>${biKey('seedsOfRuns')} (${input.seeds.length})</summary><p class="note">${biKey('seedDerivation')}</p>` +
    `<table><thead><tr><th scope="col">${biKey('runId')}</th><th scope="col">${biKey('scenario')}</th><th scope="col">${biKey('replicate')}</th><th scope="col">${biKey('seed')}</th></tr></thead><tbody>${seedRows}</tbody></table>` +
    (input.seeds.length > MAX_SEEDS ? `<p>${biKey('moreRuns', { n: input.seeds.length - MAX_SEEDS })}</p>` : '') +
    `</details>`;
  sections.push({ id: 'params', key: 'secParams', html: `<h3>${biKey('runInfo')}</h3>${info}${perScenario}${seeds}` });

  const chips = labels.map((s) => `<span class="chip"><i style="background:${s.color}"></i>${escapeHtml(s.label)}</span>`).join('');
  const toc = `<nav class="toc" aria-label="${escapeHtml(t('contents', 'en'))}"><ol>${sections.map((s) => `<li><a href="#${s.id}">${biKey(s.key)}</a></li>`).join('')}</ol></nav>`;

  return [
    '<!doctype html>',
    `<html lang="${lang0}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may leave the page: no fetches, no external scripts, styles, fonts or images.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'">`,
    `<meta name="generator" content="collabsim ${escapeHtml(input.version)}">`,
    `<title>${escapeHtml(title[lang0])}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header class="top"><div class="bar"><div><h1>${biKey('reportTitle')}</h1><p>${biKey('reportSubtitle')}</p><div class="chips">${chips}</div></div>`,
    `<div class="lang-switch" role="group" aria-label="Language / Bahasa"><button type="button" data-lang="en" lang="en" aria-pressed="${lang0 === 'en'}">EN</button><button type="button" data-lang="id" lang="id" aria-pressed="${lang0 === 'id'}">ID</button></div></div></header>`,
    '<main>',
    `<p class="js-missing" id="js-missing" hidden>${biKey('javascriptNeeded')}</p>`,
    `<noscript><p class="js-missing">${biKey('javascriptNeeded')}</p></noscript>`,
    toc,
    ...sections.map((s) => `<section id="${s.id}" aria-labelledby="h-${s.id}"><h2 id="h-${s.id}">${biKey(s.key)}</h2>${s.html}</section>`),
    '</main>',
    `<footer>${biKey('footer', { version: input.version })}</footer>`,
    `<script type="application/json" id="collabsim-data">${jsonForScript(payload)}</script>`,
    `<script>${scriptForInline(input.plotly)}</script>`,
    `<script>${RUNTIME}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
