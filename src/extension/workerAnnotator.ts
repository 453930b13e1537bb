/**
 * Runs the core in a worker thread when the extension host is Node and the worker bundle
 * (dist/worker.js) is present; otherwise in the extension host itself. Cancelling the request
 * the worker is busy with stops that worker (the core is synchronous) and starts a fresh one for
 * the requests still waiting, so stale work never delays new work.
 */
import * as vscode from 'vscode';
import type { Worker } from 'node:worker_threads';
import type { Correction } from '../core/corrections-model';
import type { Annotations } from '../core/model';
import type { Annotator } from './cache';
import type { WorkerRequest, WorkerResponse } from './worker';

type WorkerThreads = typeof import('node:worker_threads');

interface Job {
  text: string;
  corrections?: readonly Correction[];
  resolve(a: Annotations): void;
  reject(e: unknown): void;
}

/** The Node module `worker_threads`, when this host has it. */
function workerThreads(): WorkerThreads | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof proc?.getBuiltinModule === 'function' ? (proc.getBuiltinModule('node:worker_threads') as WorkerThreads | undefined) : undefined;
}

export class WorkerAnnotator implements vscode.Disposable {
  private worker?: Worker;
  private nextId = 1;
  /** Requests sent to the worker, in the order it handles them. */
  private readonly jobs = new Map<number, Job>();
  private disposed = false;

  private constructor(
    private readonly threads: WorkerThreads,
    private readonly file: string,
  ) {}

  /** A worker annotator if this host can run one, else undefined. */
  static async create(extensionUri: vscode.Uri): Promise<WorkerAnnotator | undefined> {
    if (extensionUri.scheme !== 'file') return undefined;
    const threads = workerThreads();
    if (!threads) return undefined;
    const file = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js');
    try {
      await vscode.workspace.fs.stat(file);
    } catch {
      return undefined;
    }
    return new WorkerAnnotator(threads, file.fsPath);
  }

  readonly annotate: Annotator = (text, token, corrections) =>
    new Promise<Annotations>((resolve, reject) => {
      if (this.disposed) return reject(new Error('the annotation worker is stopped'));
      const id = this.nextId++;
      this.jobs.set(id, { text, corrections, resolve, reject });
      const sub = token.onCancellationRequested(() => this.cancel(id));
      const done = () => sub.dispose();
      const job = this.jobs.get(id)!;
      job.resolve = (a) => (done(), resolve(a));
      job.reject = (e) => (done(), reject(e));
      this.post(id, text, corrections);
    });

  /** Whether a worker thread is running (for tests and diagnostics). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  private post(id: number, text: string, corrections?: readonly Correction[]): void {
    this.worker ??= this.spawn();
    this.worker.postMessage({ id, text, ...(corrections?.length ? { corrections } : {}) } satisfies WorkerRequest);
  }

  private spawn(): Worker {
    const worker = new this.threads.Worker(this.file, { name: 'news-annotator' });
    worker.on('message', (response: WorkerResponse) => {
      const job = this.jobs.get(response.id);
      if (!job) return;
      this.jobs.delete(response.id);
      if ('error' in response) job.reject(new Error(response.error));
      else job.resolve(JSON.parse(response.json) as Annotations);
    });
    const fail = (err: unknown) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const jobs = [...this.jobs.values()];
      this.jobs.clear();
      for (const job of jobs) job.reject(err instanceof Error ? err : new Error(`the annotation worker stopped (${String(err)})`));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the annotation worker exited with code ${code}`)));
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
    void stale.terminate();
    for (const [waiting, j] of this.jobs) this.post(waiting, j.text, j.corrections);
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    for (const job of this.jobs.values()) job.reject(new vscode.CancellationError());
    this.jobs.clear();
    void worker?.terminate();
  }
}
