/**
 * Runs the core in a worker: a Node worker thread (dist/worker.js) in a Node extension host, a Web
 * Worker (dist/web/worker.js) in a browser's; where neither can start, the core runs in the
 * extension host itself. Cancelling the request the worker is busy with stops that worker (the
 * core is synchronous) and starts a fresh one for the requests still waiting, so stale work never
 * delays new work.
 */
import * as vscode from 'vscode';
import type { Annotations } from '../core/model';
import type { Annotator, CoreOptions } from './cache';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

type WorkerThreads = typeof import('node:worker_threads');

/** The browser's Worker, as far as it is used here. */
interface WebWorker {
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
  postMessage(message: WorkerRequest): void;
  terminate(): void;
}
type WebWorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

/** One running worker, of either kind. */
interface Thread {
  post(request: WorkerRequest): void;
  terminate(): void;
}
/** Starts a worker that reports its answers and its failure. */
type Spawn = (onMessage: (response: WorkerResponse) => void, onFail: (err: Error) => void) => Thread;

interface Job {
  text: string;
  options?: CoreOptions;
  resolve(a: Annotations): void;
  reject(e: unknown): void;
}

/** How long a new Web Worker may take to answer its first request before the host is used instead. */
const WEB_WORKER_START_MS = 15000;

/** The Node module `worker_threads`, when this host has it. */
function workerThreads(): WorkerThreads | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof proc?.getBuiltinModule === 'function' ? (proc.getBuiltinModule('node:worker_threads') as WorkerThreads | undefined) : undefined;
}

function nodeSpawn(threads: WorkerThreads, file: string): Spawn {
  return (onMessage, onFail) => {
    const worker = new threads.Worker(file, { name: 'news-annotator' });
    worker.on('message', onMessage);
    worker.on('error', (err) => onFail(err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => onFail(new Error(`the annotation worker exited with code ${code}`)));
    return { post: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
  };
}

function webSpawn(WebWorkerClass: WebWorkerConstructor, url: string): Spawn {
  return (onMessage, onFail) => {
    const worker = new WebWorkerClass(url, { name: 'news-annotator' });
    worker.onmessage = (event) => onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      onFail(new Error(`the annotation worker failed${event.message ? `: ${event.message}` : ''}`));
    };
    return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
  };
}

export class WorkerAnnotator implements vscode.Disposable {
  private worker?: Thread;
  private nextId = 1;
  /** Requests sent to the worker, in the order it handles them. */
  private readonly jobs = new Map<number, Job>();
  private disposed = false;

  private constructor(
    private readonly spawn: Spawn,
    private readonly release: () => void = () => undefined,
  ) {}

  /** A worker annotator if this host can run one, else undefined. */
  static async create(extensionUri: vscode.Uri): Promise<WorkerAnnotator | undefined> {
    const threads = workerThreads();
    if (threads) {
      if (extensionUri.scheme !== 'file') return undefined;
      const file = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js');
      try {
        await vscode.workspace.fs.stat(file);
      } catch {
        return undefined;
      }
      return new WorkerAnnotator(nodeSpawn(threads, file.fsPath));
    }
    const WebWorkerClass = (globalThis as { Worker?: WebWorkerConstructor }).Worker;
    if (typeof WebWorkerClass !== 'function') return undefined;
    // read through workspace.fs, whatever the extension's scheme, and started from a blob: URL,
    // which any origin the host runs in may load
    let source: Uint8Array;
    try {
      source = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js'));
    } catch {
      return undefined;
    }
    const url = URL.createObjectURL(new Blob([new TextDecoder().decode(source)], { type: 'text/javascript' }));
    const annotator = new WorkerAnnotator(webSpawn(WebWorkerClass, url), () => URL.revokeObjectURL(url));
    if (await annotator.answers(WEB_WORKER_START_MS)) return annotator;
    annotator.dispose();
    return undefined;
  }

  /** Whether the worker answers a first, empty request within `ms`. */
  private async answers(ms: number): Promise<boolean> {
    const source = new vscode.CancellationTokenSource();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    try {
      return await Promise.race([this.annotate('', source.token).then(() => true, () => false), late]);
    } finally {
      clearTimeout(timer);
      source.dispose();
    }
  }

  readonly annotate: Annotator = (text, token, options) =>
    new Promise<Annotations>((resolve, reject) => {
      if (this.disposed) return reject(new Error('the annotation worker is stopped'));
      const id = this.nextId++;
      this.jobs.set(id, { text, options, resolve, reject });
      const sub = token.onCancellationRequested(() => this.cancel(id));
      const done = () => sub.dispose();
      const job = this.jobs.get(id)!;
      job.resolve = (a) => (done(), resolve(a));
      job.reject = (e) => (done(), reject(e));
      this.post(id, text, options);
    });

  /** Whether a worker thread is running (for tests and diagnostics). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  private post(id: number, text: string, options: CoreOptions = {}): void {
    this.worker ??= this.start();
    const { corrections, splitArticlesFrom } = options;
    this.worker.post({ id, text, ...(corrections?.length ? { corrections } : {}), ...(splitArticlesFrom !== undefined ? { splitArticlesFrom } : {}) });
  }

  private start(): Thread {
    let failed = false;
    const worker: Thread = this.spawn(
      (response) => {
        const job = this.jobs.get(response.id);
        if (!job) return;
        this.jobs.delete(response.id);
        if ('error' in response) job.reject(new Error(response.error));
        else job.resolve(JSON.parse(response.json) as Annotations);
      },
      (err) => {
        if (failed || this.worker !== worker) return;
        failed = true;
        this.worker = undefined;
        const jobs = [...this.jobs.values()];
        this.jobs.clear();
        for (const job of jobs) job.reject(err);
      },
    );
    return worker;
  }

  private cancel(id: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    const busy = this.jobs.keys().next().value === id;
    this.jobs.delete(id);
    job.reject(new vscode.CancellationError());
    if (!busy || !this.worker) return;
    // the worker is stuck in stale work: replace it and hand it the requests still waiting
    const stale = this.worker;
    this.worker = undefined;
    stale.terminate();
    for (const [waiting, j] of this.jobs) this.post(waiting, j.text, j.options);
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    for (const job of this.jobs.values()) job.reject(new vscode.CancellationError());
    this.jobs.clear();
    worker?.terminate();
    this.release();
  }
}
