/**
 * Boltzmann wealth model in flocc (https://flocc.network), written the way its
 * documentation writes models: Agents holding their data, a `tick` rule per agent,
 * Environment.tick with random activation order, flocc's seeded random utilities,
 * and environment.stat to collect wealth for the Gini coefficient every step.
 *
 * `floccAleaChoices` keeps flocc's agents and data access but makes the random
 * choices (activation order, partner) with the engine's Alea stream, to separate
 * the cost of flocc's random utilities from that of its agent model.
 */
import { Agent, Environment, utils } from 'flocc';
import { makeRng, shuffle } from '../../src/engine/rng.js';
import { gini } from './gini.js';

export function boltzmannFlocc(n: number, steps: number, seed: number): Float64Array {
  utils.seed(seed);
  const env = new Environment();
  for (let i = 0; i < n; i++) env.addAgent(new Agent({ wealth: 1 }));
  const agents = env.getAgents();
  const tick = (agent: Agent) => {
    if ((agent.get('wealth') as number) <= 0) return;
    let other = utils.sample(agents) as Agent;
    while (other === agent) other = utils.sample(agents) as Agent;
    other.increment('wealth');
    agent.decrement('wealth');
  };
  for (const a of agents) a.set('tick', tick);
  const counts = new Int32Array(n + 1);
  const out = new Float64Array(steps);
  for (let t = 0; t < steps; t++) {
    env.tick({ randomizeOrder: true });
    out[t] = gini(env.stat('wealth') as number[], counts);
  }
  return out;
}

export function boltzmannFloccAlea(n: number, steps: number, seed: number): Float64Array {
  const rng = makeRng(seed);
  const env = new Environment();
  for (let i = 0; i < n; i++) env.addAgent(new Agent({ wealth: 1 }));
  const agents = env.getAgents();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Int32Array(n + 1);
  const out = new Float64Array(steps);
  for (let t = 0; t < steps; t++) {
    shuffle(rng, order, n);
    for (let q = 0; q < n; q++) {
      const i = order[q];
      const agent = agents[i];
      if ((agent.get('wealth') as number) <= 0) continue;
      let j = rng.int(n - 1);
      if (j >= i) j++;
      agents[j].increment('wealth');
      agent.decrement('wealth');
    }
    out[t] = gini(env.stat('wealth', false) as number[], counts);
  }
  return out;
}
