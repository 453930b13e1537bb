/**
 * Linear-time checks against a same-run baseline: annotate a text of size n/10 and one of size
 * n built the same way, and require the large one to take less than `maxRatio` times as long
 * (a linear pass takes about 10×, a quadratic one about 100×). No absolute time is asserted;
 * the runs happen in a worker thread so that a runaway run is stopped, not waited for.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';

interface Reply {
  id: number;
  ms: number;
  error: string | null;
}

export class AnnotateTimer {
  private worker: Worker | null = null;
  private nextId = 0;

  private start(): Worker {
    if (!this.worker) {
      const tsx = require.resolve('tsx/cjs/api');
      const entry = path.join(__dirname, 'annotate-worker.ts');
      this.worker = new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, { eval: true });
      this.worker.unref();
    }
    return this.worker;
  }

  /** Time (ms) of one annotate(text) in the worker, or null when it took longer than `timeoutMs`. */
  time(text: string, timeoutMs: number): Promise<number | null> {
    const worker = this.start();
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.stop();
        resolve(null);
      }, timeoutMs);
      const onMessage = (r: Reply): void => {
        if (r.id !== id) return;
        cleanup();
        if (r.error) reject(new Error(`annotate threw: ${r.error}`));
        else resolve(r.ms);
      };
      const onError = (e: Error): void => {
        cleanup();
        this.stop();
        reject(e);
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, text });
    });
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}

export interface LinearResult {
  smallChars: number;
  largeChars: number;
  /** Best times (ms); null when that run was stopped at its limit. */
  tinyMs: number;
  smallMs: number | null;
  largeMs: number | null;
  /** largeMs / smallMs, Infinity when a run was stopped. */
  ratio: number;
  stoppedAt: 'small' | 'large' | null;
}

/** A run is stopped at STOP_RATIO times the previous size's time plus this grace (start-up noise). */
const GRACE_MS = 1000;
const STOP_RATIO = 30;

/**
 * Times `make(n / 100)`, `make(n / 10)` and `make(n)` in that order, in the same run (best of a
 * few, after a warm-up). The ratio asserted is large / small. The small run is stopped at STOP_RATIO
 * times the tiny one and the large at maxRatio times the small one (each plus a grace), so that a
 * super-linear case fails as soon as that is certain instead of running on.
 */
export async function measureLinear(timer: AnnotateTimer, make: (n: number) => string, n: number, maxRatio: number): Promise<LinearResult> {
  const tiny = make(Math.max(1, Math.round(n / 100)));
  const small = make(Math.round(n / 10));
  const large = make(n);
  const best = async (text: string, times: number, limit: number): Promise<number | null> => {
    let ms: number | null = null;
    for (let i = 0; i < times; i++) {
      const t = await timer.time(text, limit);
      if (t === null) return ms;
      ms = ms === null ? t : Math.min(ms, t);
    }
    return ms;
  };
  const base = { smallChars: small.length, largeChars: large.length };
  await best(tiny, 1, 60_000); // warm-up
  const tinyMs = (await best(tiny, 3, 60_000)) ?? Infinity;
  let smallMs = await best(small, 2, STOP_RATIO * tinyMs + GRACE_MS);
  if (smallMs === null) return { ...base, tinyMs, smallMs, largeMs: null, ratio: Infinity, stoppedAt: 'small' };
  // Past maxRatio × small the case has failed: stop there rather than wait.
  let largeMs = await timer.time(large, maxRatio * smallMs + GRACE_MS);
  // Retries, for a noisy machine (a collection or another process during one run): measure the
  // small text once more and the large one up to three more times, keeping the best of each.
  // A super-linear case stays past maxRatio however often it is measured.
  for (let retry = 0; retry < 3 && largeMs !== null && largeMs / smallMs >= maxRatio; retry++) {
    if (retry === 0) smallMs = Math.min(smallMs, (await best(small, 1, STOP_RATIO * tinyMs + GRACE_MS)) ?? Infinity);
    const again = await timer.time(large, maxRatio * smallMs + GRACE_MS);
    largeMs = again === null ? largeMs : Math.min(largeMs, again);
  }
  return { ...base, tinyMs, smallMs, largeMs, ratio: largeMs === null ? Infinity : largeMs / smallMs, stoppedAt: largeMs === null ? 'large' : null };
}
