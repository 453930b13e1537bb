/**
 * Worker side of linear.ts: annotates each text it is sent and answers with the time taken.
 * Running in a worker lets the test stop a run that blows its budget instead of hanging.
 */
import { parentPort } from 'node:worker_threads';
import { annotate } from '../../../src/core/annotate';

parentPort?.on('message', (msg: { id: number; text: string }) => {
  const t0 = performance.now();
  let error: string | null = null;
  try {
    annotate(msg.text);
  } catch (e) {
    error = e instanceof Error ? e.stack ?? e.message : String(e);
  }
  parentPort?.postMessage({ id: msg.id, ms: performance.now() - t0, error });
});
