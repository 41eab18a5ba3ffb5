/**
 * Progress of a batch of runs on stderr: a bar with runs, runs/s and ETA on a
 * terminal (cli-progress), a line every 10 % or 10 s otherwise (logs, CI).
 */
import { SingleBar } from 'cli-progress';

export function progressReporter(label: string): { update: (done: number, total: number) => void; stop: () => void } {
  const t0 = Date.now();
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {value}/{total} runs | {rate} runs/s | ETA {eta_formatted}`, stream: process.stderr, hideCursor: true, etaBuffer: 50 },
    );
    let started = false;
    return {
      update(done, total) {
        const rate = ((done / Math.max(1e-3, (Date.now() - t0) / 1000)) | 0).toString();
        if (!started) bar.start(total, done, { rate });
        started = true;
        bar.update(done, { rate });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastPct = -1;
  let lastTime = 0;
  return {
    update(done, total) {
      const pct = total ? Math.floor((100 * done) / total) : 100;
      const now = Date.now();
      if (done !== total && pct < lastPct + 10 && now - lastTime < 10000) return;
      lastPct = pct;
      lastTime = now;
      const rate = done / Math.max(1e-3, (now - t0) / 1000);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      process.stderr.write(`${label}: ${done}/${total} runs (${pct}%), ${rate.toFixed(0)} runs/s, ETA ${eta}s\n`);
    },
    stop() {},
  };
}
