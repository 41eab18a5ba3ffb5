import { setPrices } from './src/agents/association.ts';
import { stepMonth } from './src/model.ts';
import { withOverrides } from './src/params/index.ts';
import { findPreset, resolveScenario } from './src/scenarios/index.ts';
import { createWorld } from './src/world.ts';
const params = withOverrides(resolveScenario(findPreset('status-quo')!), { months: 120, initialProducers: 1000, producerPool: 1625 });
const w = createWorld(params, 5);
for (let m = 0; m < 60; m++) { w.month = m; stepMonth(w); }
const n = w.producers.count;
const xs: number[] = [];
for (let r = 0; r < 7; r++) {
  const N = 2000;
  const c = process.cpuUsage();
  for (let k = 0; k < N; k++) setPrices(w);
  const u = process.cpuUsage(c);
  xs.push(((u.user + u.system) * 1000) / N / n);
}
xs.sort((a, b) => a - b);
console.log('setPrices ns/producer median', xs[3].toFixed(1), 'min', xs[0].toFixed(1), 'n', n);
