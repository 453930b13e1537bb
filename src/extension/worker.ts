/**
 * The annotation worker for Node extension hosts (a worker thread): runs the core off the extension
 * host thread, so that annotating a large article never blocks the editor. Built to dist/worker.js;
 * the protocol is in workerProtocol.ts.
 */
import { parentPort } from 'node:worker_threads';
import { createResponder, type WorkerRequest } from './workerProtocol';

const respond = createResponder();
parentPort?.on('message', (request: WorkerRequest) => parentPort!.postMessage(respond(request)));
