/**
 * The annotation worker (Node worker thread): runs the core off the extension host thread, so that
 * annotating a large article never blocks the editor. One request at a time, in order (an edited
 * document is annotated again incrementally, see createAnnotator):
 * `{ id, text, corrections? }` in, `{ id, annotations }` or `{ id, error }` out. Built to dist/worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { createAnnotator } from '../core/annotate';
import type { Correction } from '../core/corrections-model';

export interface WorkerRequest {
  id: number;
  text: string;
  /** The article's corrections (from its sidecar), applied after detection. */
  corrections?: readonly Correction[];
}

/** The annotations travel as JSON text: parsing it costs the host far less than cloning the objects. */
export type WorkerResponse = { id: number; json: string } | { id: number; error: string };

/** Keeps what it parsed of the last documents: after an edit, unchanged blocks are not parsed again. */
const annotator = createAnnotator();

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, json: JSON.stringify(annotator.annotate(request.text, request.corrections?.length ? { corrections: request.corrections } : {})) };
  } catch (err) {
    response = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(response);
});
