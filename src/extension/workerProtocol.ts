/**
 * What the extension and an annotation worker (a Node worker thread on desktop, a Web Worker in the
 * browser) say to each other. One request at a time, in order:
 * `{ id, text, corrections?, splitArticlesFrom? }` in, `{ id, json }` or `{ id, error }` out.
 */
import { createAnnotator, type IncrementalAnnotator } from '../core/annotate';
import type { Correction } from '../core/corrections-model';

export interface WorkerRequest {
  id: number;
  text: string;
  /** The article's corrections (from its sidecar), applied after detection. */
  corrections?: readonly Correction[];
  /** The core's option of that name (absent: its default). */
  splitArticlesFrom?: number;
}

/** The annotations travel as JSON text: parsing it costs the host far less than cloning the objects. */
export type WorkerResponse = { id: number; json: string } | { id: number; error: string };

/**
 * The worker's side: answers each request with the core. It keeps what it parsed of the last
 * documents (see createAnnotator), so after an edit unchanged blocks are not parsed again.
 */
export function createResponder(annotator: IncrementalAnnotator = createAnnotator()): (request: WorkerRequest) => WorkerResponse {
  return (request) => {
    try {
      const options = {
        ...(request.corrections?.length ? { corrections: request.corrections } : {}),
        ...(request.splitArticlesFrom !== undefined ? { splitArticlesFrom: request.splitArticlesFrom } : {}),
      };
      return { id: request.id, json: JSON.stringify(annotator.annotate(request.text, options)) };
    } catch (err) {
      return { id: request.id, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
