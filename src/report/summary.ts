/**
 * The report's short written summary, in plain words, generated from the numbers in
 * either language. Pure.
 */
import type { ComparisonRow } from '../analysis/compare.js';
import { costReading } from '../analysis/costs.js';
import { DESEVE_ITEMS } from '../governance/deseve.js';
import type { OutcomeName } from '../outcomes.js';
import { fullYears } from '../analysis/stats.js';
import { yearStat, type ScenarioSummary } from './bands.js';
import { fmtMetric } from './figures.js';
import { costReadingText, fmt, outcomeLabel, outcomeUnit, periodText, runsText, t, type Lang } from './i18n.js';
import type { ReportInput } from './types.js';

/** The last calendar year every scenario covers in full. */
export function lastCommonYear(scenarios: readonly ScenarioSummary[]): number | undefined {
  const ends = scenarios.map((s) => fullYears(s.startYear, s.months).at(-1)).filter((y): y is number => y !== undefined);
  return ends.length === scenarios.length && ends.length ? Math.min(...ends) : undefined;
}

function verdict(r: ComparisonRow, lang: Lang): string {
  return r.diff.lo > 0 ? t('higher', lang) : r.diff.hi < 0 ? t('lower', lang) : t('notDifferent', lang);
}

const parenthesised = (text: string) => (text ? ` (${text})` : '');

/** Direction and size in words: an interval off zero but a change under 5 % is called small. */
function verdict2(r: ComparisonRow, lang: Lang): string {
  const small = Number.isFinite(r.percent) && Math.abs(r.percent) < 5;
  if (r.diff.lo > 0) return t(small ? 'smallHigher' : 'clearlyHigher', lang);
  if (r.diff.hi < 0) return t(small ? 'smallLower' : 'clearlyLower', lang);
  return t('notClear', lang);
}

function profileSentence(s: ScenarioSummary, year: number, lang: Lang): string | undefined {
  const items = DESEVE_ITEMS.map((d) => ({ d, v: yearStat(s, d, year)?.median })).filter((x): x is { d: (typeof DESEVE_ITEMS)[number]; v: number } => x.v !== undefined && Number.isFinite(x.v));
  if (items.length < 2) return undefined;
  items.sort((p, q) => q.v - p.v);
  const top = items[0];
  const bottom = items[items.length - 1];
  return t('sumProfile', lang, {
    a: s.name,
    y: year,
    top: outcomeLabel(top.d, lang).toLowerCase(),
    vt: fmt(top.v, 2, lang),
    bottom: outcomeLabel(bottom.d, lang).toLowerCase(),
    vb: fmt(bottom.v, 2, lang),
  });
}

function fitSentence(s: ScenarioSummary, input: ReportInput, lang: Lang): string | undefined {
  const obs = (input.observed?.observations ?? []).filter((o) => o.producers !== undefined && yearStat(s, 'producers', o.year));
  if (!obs.length) return undefined;
  const sim = obs.map((o) => fmt(yearStat(s, 'producers', o.year)!.median, 1, lang)).join(' / ');
  return t('sumFit', lang, {
    a: s.name,
    sim,
    years: obs.map((o) => o.year).join(' / '),
    obs: obs.map((o) => fmt(o.producers!, 0, lang)).join(' / '),
  });
}

/** Paragraph sentences of the summary in `lang`. */
export function summarySentences(input: ReportInput, lang: Lang): string[] {
  const sc = input.scenarios;
  const out: string[] = [];
  if (!sc.length) return analysisSentences(input, lang);
  const y0 = Math.min(...sc.map((s) => s.startYear));
  const y1 = Math.max(...sc.map((s) => s.startYear + Math.ceil(s.months / 12) - 1));
  const last = lastCommonYear(sc);
  const cmp = input.comparisons?.[0];

  if (cmp) {
    if (sc.length > 2) out.push(t('sumIntroMany', lang, { k: sc.length, runs: runsText(input.replicates, lang), period: periodText(y0, y1) }));
    else out.push(t('sumIntroCompare', lang, { a: cmp.a, b: cmp.b, runs: runsText(input.replicates, lang), period: periodText(y0, y1) }));
    const years = [...new Set(cmp.rows.map((r) => r.year))];
    const y = years.at(-1);
    const row = (m: OutcomeName) => cmp.rows.find((r) => r.year === y && r.metric === m);
    const c = row('composite');
    if (c && y !== undefined)
      out.push(
        t('sumCompareIndex', lang, {
          y,
          a: cmp.a,
          b: cmp.b,
          verdict: verdict(c, lang),
          vb: fmt(c.b.mean, 2, lang),
          va: fmt(c.a.mean, 2, lang),
          d: fmt(c.diff.diff, 2, lang, true),
          lo: fmt(c.diff.lo, 2, lang, true),
          hi: fmt(c.diff.hi, 2, lang, true),
        }),
      );
    for (const m of ['producers', 'workers', 'productionPerDay'] as const) {
      const r = row(m);
      if (!r) continue;
      out.push(
        t('sumCompareMetric', lang, {
          metric: outcomeLabel(m, lang),
          a: cmp.a,
          b: cmp.b,
          vb: fmtMetric(m, r.b.mean, lang),
          va: fmtMetric(m, r.a.mean, lang),
          d: fmtMetric(m, r.diff.diff, lang, true),
          lo: fmtMetric(m, r.diff.lo, lang, true),
          hi: fmtMetric(m, r.diff.hi, lang, true),
          unit: outcomeUnit(m, lang),
          pct: Number.isFinite(r.percent) ? `${fmt(r.percent, 1, lang, true)} %` : '–',
          verdict2: verdict2(r, lang),
        }),
      );
    }
    const cost = cmp.costs?.find((k) => k.year === y);
    if (cost && y !== undefined)
      out.push(
        t('sumCost', lang, {
          y,
          a: cmp.a,
          b: cmp.b,
          s: fmt(cost.spending.diff, 1, lang, true),
          lo: fmt(cost.spending.lo, 1, lang, true),
          hi: fmt(cost.spending.hi, 1, lang, true),
          perJob: cost.perJob.bounded
            ? t('sumCostRatio', lang, { r: fmt(cost.perJob.ratio, 2, lang), lo: fmt(cost.perJob.lo, 2, lang), hi: fmt(cost.perJob.hi, 2, lang) }) + parenthesised(costReadingText(costReading(cost.spending.diff, cost.jobs.diff), lang))
            : t('sumCostNone', lang),
        }),
      );
    // Every further comparison in one sentence: the alternatives, then what each adds beyond the control.
    for (const other of (input.comparisons ?? []).slice(1)) {
      const at = (m: OutcomeName) => other.rows.find((r) => r.year === y && r.metric === m);
      const w = at('workers');
      const c2 = at('composite');
      if (!w || !c2 || y === undefined) continue;
      const pct = Number.isFinite(w.percent) ? `${fmt(w.percent, 1, lang, true)} %` : '–';
      out.push(
        t(other.control ? 'sumOtherControl' : 'sumOther', lang, {
          y,
          a: other.a,
          b: other.b,
          dw: fmtMetric('workers', w.diff.diff, lang, true),
          pct,
          low: fmtMetric('workers', w.diff.lo, lang, true),
          hiw: fmtMetric('workers', w.diff.hi, lang, true),
          dc: fmt(c2.diff.diff, 2, lang, true),
          loc: fmt(c2.diff.lo, 2, lang, true),
          hic: fmt(c2.diff.hi, 2, lang, true),
        }),
      );
    }
    const spread = cmp.rows.find((r) => r.spread)?.spread;
    out.push(spread ? t('sumWithPosterior', lang, { n: spread.points }) : t('sumNoiseOnly', lang));
    const items = DESEVE_ITEMS.map((d) => row(d)).filter((r): r is ComparisonRow => r !== undefined);
    if (items.length) {
      const big = items.reduce((p, q) => (Math.abs(q.diff.diff) > Math.abs(p.diff.diff) ? q : p));
      out.push(t('sumBiggestChange', lang, { b: cmp.b, item: outcomeLabel(big.metric, lang).toLowerCase(), d: fmt(big.diff.diff, 2, lang, true) }));
    }
    if (y !== undefined)
      for (const name of [cmp.a, cmp.b]) {
        const s = sc.find((x) => x.name === name);
        const p = s && profileSentence(s, y, lang);
        if (p) out.push(p);
      }
  } else if (sc.length === 1) {
    const s = sc[0];
    out.push(t('sumIntroOne', lang, { a: s.name, runs: runsText(s.runs, lang), period: periodText(y0, y1) }));
    if (last !== undefined) {
      const p = yearStat(s, 'producers', last);
      const w = yearStat(s, 'workers', last);
      const q = yearStat(s, 'productionPerDay', last);
      const c = yearStat(s, 'composite', last);
      if (p && w && q && c)
        out.push(
          t('sumOneLevels', lang, {
            y: last,
            p: fmt(p.median, 1, lang),
            plo: fmt(p.q05, 1, lang),
            phi: fmt(p.q95, 1, lang),
            w: fmt(w.median, 0, lang),
            q: fmt(q.median, 0, lang),
            c: fmt(c.median, 2, lang),
          }),
        );
      const pr = profileSentence(s, last, lang);
      if (pr) out.push(pr);
    }
  } else {
    out.push(t('sumIntroMany', lang, { k: sc.length, runs: runsText(input.replicates, lang), period: periodText(y0, y1) }));
    if (last !== undefined) {
      const ranked = sc
        .map((s) => ({ s, v: yearStat(s, 'composite', last)?.median ?? Number.NaN }))
        .filter((x) => Number.isFinite(x.v))
        .sort((p, q) => q.v - p.v);
      if (ranked.length) out.push(t('sumRank', lang, { y: last, list: ranked.map((x) => `“${x.s.name}” ${fmt(x.v, 2, lang)}`).join(', ') }));
    }
  }
  const fit = fitSentence(sc[0], input, lang);
  if (fit) out.push(fit);
  out.push(t('sumCaution', lang));
  return out;
}

/** Plain-words summary of an analysis report (no scenario bands): what matters, what fits, where it works. */
function analysisSentences(input: ReportInput, lang: Lang): string[] {
  const id = lang === 'id';
  const out: string[] = [];
  const top = (rows: readonly { param: string; v: number }[]) =>
    [...rows].sort((a, b) => b.v - a.v).slice(0, 3).map((r) => r.param).join(', ');
  for (const m of input.morris ?? [])
    out.push(
      id
        ? `Skrining Morris untuk ${m.outcome}: parameter dengan pengaruh terbesar (μ*) adalah ${top(m.rows.map((r) => ({ param: r.param, v: r.muStar })))}.`
        : `Morris screening of ${m.outcome}: the parameters with the largest effects (μ*) are ${top(m.rows.map((r) => ({ param: r.param, v: r.muStar })))}.`,
    );
  for (const so of input.sobol ?? [])
    out.push(
      id
        ? `Indeks Sobol untuk ${so.outcome}: parameter dengan indeks total (ST) terbesar adalah ${top(so.rows.map((r) => ({ param: r.param, v: r.st.value })))}.`
        : `Sobol indices of ${so.outcome}: the parameters with the largest total indices (ST) are ${top(so.rows.map((r) => ({ param: r.param, v: r.st.value })))}.`,
    );
  const cal = input.calibration;
  if (cal)
    out.push(
      id
        ? `Kalibrasi (${cal.method ?? 'ABC'}) menerima ${cal.accepted} set parameter; grafik di bawah menunjukkan sebaran posterior dan perbandingan simulasi dengan data 2012–2014.`
        : `Calibration (${cal.method ?? 'ABC'}) accepted ${cal.accepted} parameter sets; the charts below show the posterior and how simulations from it compare with the 2012–2014 data.`,
    );
  for (const p of input.prim ?? []) {
    const b = p.boxes[0];
    const what = typeof p.outcome === 'string' ? p.outcome : p.outcome[lang];
    if (b)
      out.push(
        id
          ? `Penemuan skenario (PRIM) untuk kondisi ${what}: kotak terpilih mencakup ${(100 * b.coverage).toFixed(0)} % kasus dengan kepadatan ${(100 * b.density).toFixed(0)} %, dibatasi pada ${b.limits.map((l) => l.param).join(', ') || '—'}.`
          : `Scenario discovery (PRIM) for the condition ${what}: the chosen box covers ${(100 * b.coverage).toFixed(0)} % of the cases with a density of ${(100 * b.density).toFixed(0)} %, restricting ${b.limits.map((l) => l.param).join(', ') || 'nothing'}.`,
      );
  }
  return out;
}
