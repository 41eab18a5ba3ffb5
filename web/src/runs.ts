/**
 * The runs behind the view: replicate runs of the view's parameters (and of the same
 * without an MoU, with the same seeds) spread over Web Workers running src/model.ts.
 * A new job cancels the previous one; results arrive one run at a time.
 */
import { NO_DESIGN_POINT, runSeed } from '../../src/experiments/seeds.js';
import { InputError, PARAMS, type ParamDecl, type ParamValue, type Params } from '../../src/params/index.js';
import { PLOTTED_METRICS } from '../../src/report/bands.js';
import { paramLabel, t, valueText } from '../../src/report/i18n.js';
import { $, setStatus } from './page.js';
import type { FromWorker, RunSet, RunSpec, ToWorker } from './protocol.js';
import { cliCommand, effectiveParams, presetParams, presetWithChanges, withoutMou, type ExplorerState } from './state.js';
import { view } from './view.js';

/** One scenario of a job: the baseline, the settings shown, or a further alternative. */
export interface SetSpec {
  readonly id: RunSet;
  /** The preset it comes from (undefined: the settings shown without an MoU). */
  readonly preset?: string;
  readonly params: Params;
}

/** One set of runs for one view. */
export interface Job {
  readonly id: number;
  readonly state: ExplorerState;
  readonly params: Params;
  /** In table order: the baseline first (if any), then the alternatives. */
  readonly sets: readonly SetSpec[];
  readonly seeds: readonly number[];
  readonly total: number;
  readonly started: number;
  done: number;
  workersDone: number;
  finished: boolean;
  ms: number;
  /** What was last drawn (runs, finished, language, year), to skip identical redraws. */
  drawn?: string;
  readonly columns: Record<RunSet, Map<number, Record<string, Float64Array>>>;
}

/** The sets of a view: baseline (same settings without an MoU, or a preset with the same changes), the settings shown, further presets. Throws InputError like effectiveParams. */
export function jobSets(state: ExplorerState): SetSpec[] {
  const params = effectiveParams(state);
  const sets: SetSpec[] = [];
  if (state.baseline) {
    const base = state.vs === null ? withoutMou(params) : presetWithChanges(state.vs, state);
    if (base) sets.push({ id: 'base', preset: state.vs ?? undefined, params: base });
  }
  sets.push({ id: 'main', preset: state.scenario, params });
  state.also.forEach((name, k) => sets.push({ id: `alt${k + 1}`, preset: name, params: presetWithChanges(name, state) }));
  return sets;
}

/** What the page hears from the runs. */
export interface RunEvents {
  /** Another run completed. */
  progress(): void;
  /** Every run of the job completed. */
  finished(): void;
}

export interface Runs {
  /** The current job, if the settings are valid. */
  job(): Job | undefined;
  /** Starts a new job after `delay` ms (changes in between start only one). */
  schedule(delay?: number): void;
  /** Starts a new job now. */
  start(): void;
}

const WORKERS = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));

export function createRuns(on: RunEvents): Runs {
  const workers: Worker[] = [];
  let job: Job | undefined;
  let jobCounter = 0;
  let runTimer: ReturnType<typeof setTimeout> | undefined;

  for (let k = 0; k < WORKERS; k++) {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = onMessage;
    w.onerror = (e) => fail(e.message || 'worker error');
    workers.push(w);
  }

  function schedule(delay = 250): void {
    if (runTimer !== undefined) clearTimeout(runTimer);
    runTimer = setTimeout(start, delay);
  }

  function start(): void {
    runTimer = undefined;
    const state = view();
    let sets: SetSpec[];
    try {
      sets = jobSets(state);
    } catch (e) {
      for (const w of workers) w.postMessage({ type: 'cancel' } satisfies ToWorker);
      job = undefined;
      const field = e instanceof InputError ? e.field : '';
      document.querySelector(`[data-param="${field}"]`)?.classList.add('invalid');
      setStatus('invalid', t('statusInvalid', state.lang, { msg: explainInvalid(e as Error, state) }));
      return;
    }
    for (const el of document.querySelectorAll('.param.invalid')) el.classList.remove('invalid');
    const params = sets.find((s) => s.id === 'main')!.params;
    const hasBase = sets[0].id === 'base';
    // Common random numbers: replicate r of every set has the seed `collabsim compare` gives it.
    const seeds = Array.from({ length: state.replicates }, (_, r) => runSeed(state.seed, NO_DESIGN_POINT, state.scenario, r + 1, 'common'));
    const specs: RunSpec[] = [];
    seeds.forEach((seed, r) => {
      for (const s of [...sets.slice(hasBase ? 1 : 0), ...sets.slice(0, hasBase ? 1 : 0)]) specs.push({ set: s.id, replicate: r + 1, seed, params: s.params });
    });
    job = {
      id: ++jobCounter,
      state,
      params,
      sets,
      seeds,
      total: specs.length,
      started: performance.now(),
      done: 0,
      workersDone: 0,
      finished: false,
      ms: 0,
      columns: Object.fromEntries(sets.map((s) => [s.id, new Map()])),
    };
    const id = job.id;
    workers.forEach((w, k) => w.postMessage({ type: 'run', job: id, metrics: PLOTTED_METRICS, runs: specs.filter((_, i) => i % workers.length === k) } satisfies ToWorker));
    ($('progress') as HTMLProgressElement).value = 0;
    setStatus('running', t('statusRunning', state.lang, { done: 0, total: specs.length }));
    $('cli').textContent = cliCommand(state);
    $('scenario-note').textContent = hasBase || !state.baseline ? '' : t('noBaseline', state.lang);
  }

  function onMessage(ev: MessageEvent<FromWorker>): void {
    const m = ev.data;
    const j = job;
    if (!j || m.job !== j.id) return;
    if (m.type === 'result') {
      j.columns[m.set].set(m.replicate, m.columns);
      j.done++;
      ($('progress') as HTMLProgressElement).value = j.done / j.total;
      on.progress();
    } else if (m.type === 'done') {
      j.workersDone++;
      if (j.workersDone === workers.length) {
        j.finished = true;
        j.ms = performance.now() - j.started;
        on.finished();
      }
    } else fail(m.message);
  }

  function fail(message: string): void {
    job = undefined;
    setStatus('error', t('statusError', view().lang, { msg: message }));
  }

  return { job: () => job, schedule, start };
}

/** A reader's explanation of settings the model refuses (the cross-parameter rules of src/params). */
function explainInvalid(e: Error, state: ExplorerState): string {
  const lang = state.lang;
  if (!(e instanceof InputError)) return e.message;
  const p = { ...(presetParams(state.scenario) as unknown as Record<string, ParamValue>), ...(state.overrides as Record<string, ParamValue>) };
  const d = (name: string) => PARAMS.find((x) => x.name === name) as ParamDecl;
  const v = (name: string) => valueText(d(name), p[name], lang);
  switch (e.field) {
    case 'initialProducers':
      return t('mustBeAtMost', lang, { a: paramLabel('initialProducers', lang), b: paramLabel('producerPool', lang), v: v('producerPool') });
    case 'layoffUtilisation':
      return t('mustBeBelow', lang, { a: paramLabel('layoffUtilisation', lang), b: paramLabel('hireUtilisation', lang), v: v('hireUtilisation') });
    case 'mouSignMonth':
    case 'dressRuleEndMonth':
      return t('notMonthZero', lang, { a: paramLabel(e.field, lang) });
    default:
      return e.message;
  }
}
