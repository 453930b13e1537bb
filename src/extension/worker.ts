/**
 * The annotation worker (Node worker thread): runs the core off the extension host thread, so that
 * annotating a large article never blocks the editor. One request at a time, in order:
 * `{ id, text }` in, `{ id, annotations }` or `{ id, error }` out. Built to dist/worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { annotate } from '../core/annotate';

export interface WorkerRequest {
  id: number;
  text: string;
}

/** The annotations travel as JSON text: parsing it costs the host far less than cloning the objects. */
export type WorkerResponse = { id: number; json: string } | { id: number; error: string };

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, json: JSON.stringify(annotate(request.text)) };
  } catch (err) {
    response = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(response);
});
