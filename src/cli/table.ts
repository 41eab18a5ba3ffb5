import type { ComparisonRow } from '../analysis/compare.js';
import { costReading, type CostRow } from '../analysis/costs.js';
import { costReadingText } from '../report/i18n.js';
import type { RatioInterval } from '../analysis/stats.js';
import type { Params } from '../params/index.js';

const LABELS: Record<string, string> = {
  producers: 'Producers (workshops)',
  workers: 'Workers',
  productionPerDay: 'Production (pieces/day)',
  composite: 'Collaboration index',
  networkedStructure: '  networked structure',
  commitment: '  commitment to purpose',
  trust: '  trust',
  governance: '  governance (rules)',
  accessToAuthority: '  access to authority',
  accountability: '  shared accountability',
  informationSharing: '  information sharing',
  accessToResources: '  access to resources',
};

function num(x: number, digits: number, sign = false): string {
  const s = x.toFixed(digits);
  return sign && x >= 0 ? `+${s}` : s;
}


function digitsFor(metric: string): number {
  return metric === 'producers' || metric === 'workers' || metric === 'productionPerDay' ? 1 : 2;
}

/** The table a policy analyst reads: per year, each metric's mean with its 95 % range, and B - A with its 95 % CI. */
export function formatComparison(rows: readonly ComparisonRow[], a: string, b: string, replicates: number, p: Params): string {
  const years = [...new Set(rows.map((r) => r.year))];
  const lines: string[] = [];
  lines.push(`collabsim: ${b} vs ${a}, ${replicates} runs each.`);
  lines.push(
    rows.every((r) => r.paired)
      ? 'Each cell: mean over runs [range holding 95 % of runs]; last column: mean of the run-by-run differences (run r of both shares its random numbers) [paired 95 % confidence interval], and in % of the first.'
      : 'Each cell: mean over runs [range holding 95 % of runs]; last column: difference of means [95 % confidence interval (Welch)], and in % of the first.',
  );
  const spread = rows.find((r) => r.spread)?.spread;
  if (spread)
    lines.push(
      `Runs are spread over ${spread.points} parameter sets drawn from the calibrated posterior, so ranges hold the parameters' uncertainty as well as run-to-run noise; ` +
        'after the CI, "over the posterior" gives the range holding 95 % of the parameter sets\' own mean differences.',
    );
  else lines.push('Intervals are run-to-run noise for these parameters, not the uncertainty of the parameters themselves.');
  lines.push('Yearly value = mean of the 12 months; scores are in [0,1].');
  const col = (s: string, n: number) => s.padEnd(n);
  // Wide enough for the scenario names and the cells.
  const w = Math.max(24, a.length + 2, b.length + 2);
  for (const year of years) {
    lines.push('');
    lines.push(col(String(year), 26) + col(a, w) + col(b, w) + `${b} - ${a}`);
    for (const r of rows.filter((x) => x.year === year)) {
      const d = digitsFor(r.metric);
      lines.push(
        col(LABELS[r.metric] ?? r.metric, 26) +
          col(`${num(r.a.mean, d)} [${num(r.a.lo, d)}, ${num(r.a.hi, d)}]`, w) +
          col(`${num(r.b.mean, d)} [${num(r.b.lo, d)}, ${num(r.b.hi, d)}]`, w) +
          `${num(r.diff.diff, d, true)} [${num(r.diff.lo, d, true)}, ${num(r.diff.hi, d, true)}]` +
          (Number.isFinite(r.percent) ? ` (${num(r.percent, 1, true)} % [${num(r.percentLo, 1, true)}, ${num(r.percentHi, 1, true)}])` : '') +
          (r.spread ? `; over the posterior [${num(r.spread.lo, d, true)}, ${num(r.spread.hi, d, true)}]` : ''),
      );
    }
  }
  lines.push('');
  lines.push(`Observed (Table 1.2): producers 16, 16, 21; workers 58, 64, 80; production 60, 60, 75 pieces/day in 2012-2014.`);
  lines.push(`Production is read as the ${p.productionReading === 'cluster' ? 'cluster total' : 'mean per workshop'} (parameter productionReading).`);
  const last = years[years.length - 1];
  const pick = (m: string) => rows.find((r) => r.year === last && r.metric === m);
  const c = pick('composite');
  const pr = pick('producers');
  if (c && pr) {
    const sig = (r: ComparisonRow) => (r.diff.lo > 0 ? 'higher' : r.diff.hi < 0 ? 'lower' : 'not clearly different');
    lines.push('');
    lines.push(
      `In short: in ${last}, under "${b}" the collaboration index is ${sig(c)} than under "${a}" ` +
        `(${num(c.diff.diff, 2, true)}, 95 % CI ${num(c.diff.lo, 2, true)} to ${num(c.diff.hi, 2, true)}), ` +
        `and the number of producers is ${sig(pr)} (${num(pr.diff.diff, 1, true)}, 95 % CI ${num(pr.diff.lo, 1, true)} to ${num(pr.diff.hi, 1, true)}).`,
    );
  }
  return lines.join('\n') + '\n';
}


const parenthesised = (text: string) => (text ? ` (${text})` : '');

function ratioText(r: RatioInterval, spending: number, gained: number, per: string, what: string): string {
  if (!r.bounded) return `cost per ${per} not estimable (the change in ${what} is not clearly different from zero)`;
  return `${num(r.ratio, 2)} Rp M per ${per} [95 % CI ${num(r.lo, 2)} to ${num(r.hi, 2)}]${parenthesised(costReadingText(costReading(spending, gained), 'en'))}`;
}

/** The cost lines under a comparison: extra public money through each year, per extra job and workshop. */
export function formatCosts(costs: readonly CostRow[], a: string, b: string): string {
  const lines = [
    '',
    `Public money, "${b}" minus "${a}" (Rp M = million rupiah; agency training, exhibitions and grants, agency and bank contributions to a pooled fund, summed from the start through December of the year; paired 95 % CI):`,
  ];
  for (const c of costs)
    lines.push(
      `  ${c.year}: ${num(c.spending.diff, 1, true)} Rp M [${num(c.spending.lo, 1, true)}, ${num(c.spending.hi, 1, true)}] for ` +
        `${num(c.jobs.diff, 1, true)} workers [${num(c.jobs.lo, 1, true)}, ${num(c.jobs.hi, 1, true)}] and ${num(c.workshops.diff, 1, true)} workshops [${num(c.workshops.lo, 1, true)}, ${num(c.workshops.hi, 1, true)}]: ` +
        `${ratioText(c.perJob, c.spending.diff, c.jobs.diff, 'extra job', 'workers')}; ${ratioText(c.perWorkshop, c.spending.diff, c.workshops.diff, 'extra workshop', 'workshops')}.`,
    );
  return lines.join('\n') + '\n';
}
