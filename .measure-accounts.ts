// throwaway: largest producers'-account residual over runs
import { FLOW } from './src/economy/accounts.js';
import { CompensatedSum } from './src/engine/ledger.js';
import { stepMonth } from './src/model.js';
import { withOverrides } from './src/params/index.js';
import { PRESETS, resolveScenario, findPreset } from './src/scenarios/index.js';
import { createWorld } from './src/world.js';
const cases: [string, any][] = PRESETS.map((s) => [s.name, resolveScenario(s)]);
cases.push(['pop-10000', withOverrides(resolveScenario(PRESETS[0]), { initialProducers: 10000, producerPool: 16250, months: 36 })]);
cases.push(['city-240', resolveScenario(findPreset('city-scale')!, { months: 240 })]);
for (const [name, p] of cases) {
  let worst = 0, worstRel = 0;
  for (let seed = 1; seed <= 3; seed++) {
    const w = createWorld(p, seed);
    for (let m = 0; m < p.months; m++) {
      w.month = m; stepMonth(w);
      const f = w.flows; const pop = w.producers;
      const c = new CompensatedSum(); for (let i = 0; i < pop.size; i++) if (pop.active[i]) c.add(pop.capital[i]);
      const fl = f[FLOW.revenue]-f[FLOW.materials]-f[FLOW.wages]-f[FLOW.draws]-f[FLOW.repayments]+f[FLOW.loansDisbursed]+f[FLOW.aidGrants]+f[FLOW.startupCapital]-f[FLOW.exitCapital];
      const d = Math.abs(c.value - w.openingCapital - fl);
      const scale = Math.abs(w.openingCapital) + f[FLOW.revenue] + f[FLOW.loansDisbursed];
      worst = Math.max(worst, d); worstRel = Math.max(worstRel, d / scale);
    }
  }
  console.log(name.padEnd(28), 'max |residual| Rp M', worst.toExponential(2), 'relative', worstRel.toExponential(2));
}
