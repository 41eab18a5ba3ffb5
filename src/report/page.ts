/**
 * The page around report.html's sections: head (with a Content-Security-Policy that
 * lets nothing leave the page), header with the language switch, table of contents,
 * the sections, the embedded data and plotly.js, and the script that draws the charts.
 */
import { biKey, escapeHtml, jsonForScript, scriptForInline } from './html.js';
import { t, type Lang, type Text, type UiKey } from './i18n.js';

/** One section of the report: its anchor, its heading's text key and its body. */
export interface Section {
  readonly id: string;
  readonly key: UiKey;
  /** Values for the title's placeholders (e.g. the scenarios compared). */
  readonly vars?: Readonly<Record<string, string>>;
  readonly html: string;
}

export interface Page {
  readonly lang: Lang;
  readonly version: string;
  readonly title: Text;
  /** The scenarios named in the header, with their chart colours. */
  readonly chips: readonly { readonly label: string; readonly color: string }[];
  readonly sections: readonly Section[];
  /** The figures' data, read by the page's script. */
  readonly payload: unknown;
  /** plotly.js source, inlined. */
  readonly plotly: string;
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

export function pageHtml(p: Page): string {
  const lang0 = p.lang;
  const sections = p.sections;
  const chips = p.chips.map((s) => `<span class="chip"><i style="background:${s.color}"></i>${escapeHtml(s.label)}</span>`).join('');
  const toc = `<nav class="toc" aria-label="${escapeHtml(t('contents', 'en'))}"><ol>${sections.map((s) => `<li><a href="#${s.id}">${biKey(s.key, s.vars)}</a></li>`).join('')}</ol></nav>`;

  return [
    '<!doctype html>',
    `<html lang="${lang0}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may leave the page: no fetches, no external scripts, styles, fonts or images.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'">`,
    `<meta name="generator" content="collabsim ${escapeHtml(p.version)}">`,
    `<title>${escapeHtml(p.title[lang0])}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header class="top"><div class="bar"><div><h1>${biKey('reportTitle')}</h1><p>${biKey('reportSubtitle')}</p><div class="chips">${chips}</div></div>`,
    `<div class="lang-switch" role="group" aria-label="Language / Bahasa"><button type="button" data-lang="en" lang="en" aria-pressed="${lang0 === 'en'}">EN</button><button type="button" data-lang="id" lang="id" aria-pressed="${lang0 === 'id'}">ID</button></div></div></header>`,
    '<main>',
    `<p class="js-missing" id="js-missing" hidden>${biKey('javascriptNeeded')}</p>`,
    `<noscript><p class="js-missing">${biKey('javascriptNeeded')}</p></noscript>`,
    toc,
    ...sections.map((s) => `<section id="${s.id}" aria-labelledby="h-${s.id}"><h2 id="h-${s.id}">${biKey(s.key, s.vars)}</h2>${s.html}</section>`),
    '</main>',
    `<footer>${biKey('footer', { version: p.version })}</footer>`,
    `<script type="application/json" id="collabsim-data">${jsonForScript(p.payload)}</script>`,
    `<script>${scriptForInline(p.plotly)}</script>`,
    `<script>${RUNTIME}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
