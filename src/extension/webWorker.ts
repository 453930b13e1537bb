/**
 * The annotation worker for the web (a Web Worker started by the web extension host in vscode.dev,
 * github.dev or code-server): the same as worker.ts, so that annotating a large article never
 * blocks the extension host there either. Built to dist/web/worker.js.
 */
import { createResponder, type WorkerRequest } from './workerProtocol';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
const respond = createResponder();
scope.onmessage = (event) => scope.postMessage(respond(event.data));
