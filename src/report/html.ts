/**
 * HTML building blocks of report.html: escaping, text in both languages, safe
 * inline JSON and scripts, packed figure data, and chart placeholders.
 */
import type { Figure } from './figures.js';
import { LANGS, t, type Lang, type Text, type UiKey } from './i18n.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text in both languages; CSS shows the one matching <html lang>. */
export function bi(text: Text | ((lang: Lang) => string), tag = 'span', cls = ''): string {
  const get = typeof text === 'function' ? text : (l: Lang) => text[l];
  return LANGS.map((l) => `<${tag} class="l-${l}${cls ? ` ${cls}` : ''}" lang="${l}">${escapeHtml(get(l))}</${tag}>`).join('');
}

export function biKey(key: UiKey, vars: Readonly<Record<string, string | number>> = {}, tag = 'span'): string {
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

// ------------------------------------------------------------------ charts

export interface FigureEntry {
  readonly id: string;
  readonly label: Text;
  readonly byLang: Record<Lang, Figure>;
}

export function figureOf(id: string, label: (l: Lang) => string, build: (l: Lang) => Figure): FigureEntry {
  return { id, label: { en: label('en'), id: label('id') }, byLang: { en: build('en'), id: build('id') } };
}

export function chartHtml(f: FigureEntry, caption?: string): string {
  const h = Math.round(Number(f.byLang.en.layout.height ?? 340));
  return (
    `<figure class="fig"><div class="chart" id="${f.id}" role="img" aria-label="${escapeHtml(f.label.en)}" style="min-height:${h}px"></div>` +
    (caption ? `<figcaption>${caption}</figcaption>` : '') +
    `</figure>`
  );
}
