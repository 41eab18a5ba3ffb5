/**
 * A model worker: runs the SAME core as the command line (src/model.ts) on the runs
 * it is given and posts each run's monthly series as soon as the run completes. A new
 * job replaces the current one (the loop yields now and then so it can be replaced).
 */
import { runModel } from '../../src/model.js';
import type { FromWorker, ToWorker } from './protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let current = -1;

scope.onmessage = (ev) => {
  const msg = ev.data;
  if (msg.type === 'cancel') current = -1;
  else if (msg.type === 'run') {
    current = msg.job;
    void execute(msg);
  }
};

const SLICE_MS = 25;

async function execute(req: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  let sliceStart = performance.now();
  for (const spec of req.runs) {
    if (req.job !== current) return;
    try {
      const result = runModel(spec.params, spec.seed);
      const columns: Record<string, Float64Array> = {};
      const transfer: ArrayBuffer[] = [];
      for (const m of req.metrics) {
        const c = result.series.column(m).slice();
        columns[m] = c;
        transfer.push(c.buffer as ArrayBuffer);
      }
      scope.postMessage({ type: 'result', job: req.job, set: spec.set, replicate: spec.replicate, columns }, transfer);
    } catch (e) {
      scope.postMessage({ type: 'error', job: req.job, message: (e as Error).message ?? String(e) });
      return;
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      // Let a newer job's message in.
      await new Promise((r) => setTimeout(r, 0));
      sliceStart = performance.now();
    }
  }
  if (req.job === current) scope.postMessage({ type: 'done', job: req.job });
}
