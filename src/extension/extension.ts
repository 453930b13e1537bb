/**
 * Entry point: wires the shared annotation cache to the editor features and returns the API.
 * Detection lives in the core (`src/core`); this layer only presents its results.
 */
import * as vscode from 'vscode';
import type { IncrementalAnnotator } from '../core/annotate';
import type { NewsAnnotatorApi } from './api';
import { type AnnotateEvent, AnnotationStore, type Annotator } from './cache';
import { Commands } from './commands';
import { DecorationController } from './decorations';
import { AnnotationHoverProvider } from './hover';
import { StatusBar } from './statusBar';
import { AnnotationSymbolProvider } from './symbols';
import { extendMarkdownIt, watchPreviewSetting } from './preview';
import { OutlineProvider } from './tree';
import { Visibility } from './visibility';
import { WorkerAnnotator } from './workerAnnotator';
import { WorkspaceCommands } from './workspaceCommands';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceTreeProvider } from './workspaceTree';

export type { NewsAnnotatorApi } from './api';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/**
 * Runs the core in the extension host. The core is loaded on first use, not during activation:
 * its modules (the Markdown parser, the country and name lists) are evaluated only when the first
 * article is annotated.
 */
let inHostCore: Promise<IncrementalAnnotator> | undefined;
const inHostAnnotator: Annotator = async (text, _token, options) => {
  inHostCore ??= import('../core/annotate').then((core) => core.createAnnotator());
  return (await inHostCore).annotate(text, options ?? {});
};

/**
 * Registers the symbol provider, again whenever an unchanged document gets new annotations: VS Code
 * keeps symbols per document version and forgets them when a provider comes or goes.
 */
function registerSymbols(store: AnnotationStore): vscode.Disposable {
  const provider = new AnnotationSymbolProvider(store);
  const register = () => vscode.languages.registerDocumentSymbolProvider(MARKDOWN, provider, { label: 'News' });
  let registration = register();
  const sub = store.onDidReviseUnchanged(() => {
    registration.dispose();
    registration = register();
  });
  return new vscode.Disposable(() => {
    sub.dispose();
    registration.dispose();
  });
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const started = performance.now();
  // the core runs in a worker thread where the host allows it, else in the host
  let worker: Promise<WorkerAnnotator | undefined> | undefined;
  let thread: 'worker' | 'host' | undefined;
  const coreAnnotator: Annotator = async (text, token, options) => {
    worker ??= WorkerAnnotator.create(context.extensionUri).then(
      (w) => (w && context.subscriptions.push(w), w),
      () => undefined,
    );
    const w = await worker;
    thread = w ? 'worker' : 'host';
    return w ? w.annotate(text, token, options) : inHostAnnotator(text, token, options);
  };
  const store = new AnnotationStore(coreAnnotator);
  const visibility = new Visibility(context.globalState);
  const decorations = new DecorationController(store, visibility);
  const outline = new OutlineProvider(store, vscode.Uri.joinPath(context.extensionUri, 'media'));
  const status = new StatusBar(store, visibility);
  const commands = new Commands(store, visibility, outline);
  const annotated = new vscode.EventEmitter<AnnotateEvent>();
  const workspaceIndex = new WorkspaceIndex(store);
  const workspaceTree = new WorkspaceTreeProvider(workspaceIndex, vscode.Uri.joinPath(context.extensionUri, 'media'));

  context.subscriptions.push(
    store,
    visibility,
    decorations,
    outline,
    status,
    commands.register(),
    workspaceIndex,
    workspaceTree,
    new WorkspaceCommands(workspaceIndex).register(),
    vscode.languages.registerHoverProvider(MARKDOWN, new AnnotationHoverProvider(store, visibility)),
    registerSymbols(store),
    watchPreviewSetting(),
    // registered last: fires once every feature has taken the new annotations
    annotated,
    store.onDidAnnotate((e) => annotated.fire(e)),
  );

  const document = async (uri: vscode.Uri): Promise<vscode.TextDocument> =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? vscode.workspace.openTextDocument(uri);

  const api: NewsAnnotatorApi = {
    getAnnotations: async (uri) => store.get(await document(uri)),
    getState: (uri) => {
      const d = vscode.workspace.textDocuments.find((t) => t.uri.toString() === uri.toString());
      return d ? store.state(d) : { kind: 'none' };
    },
    onDidAnnotate: annotated.event,
    isVisible: () => visibility.visible,
    getDecorations: (uri) => decorations.snapshot(uri),
    getTreeItems: async (uri) => {
      const d = uri ? await document(uri) : outline.currentDocument;
      if (d) await outline.show(d);
      return outline.data();
    },
    getTreeInfo: () => outline.info(),
    getCorrections: async (uri) => {
      const d = await document(uri);
      return (await store.get(d)) ? store.corrections(d) : undefined;
    },
    getStatus: () => status.snapshot(),
    getWorkspaceTree: () => workspaceTree.data(),
    getWorkspaceInfo: () => workspaceTree.info(),
    onDidUpdateWorkspace: workspaceIndex.onDidChange,
    activationTimeMs: 0,
    getAnnotationThread: () => thread,
    extendMarkdownIt,
  };
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    api.setAnnotator = (annotator) => store.setAnnotator(annotator ?? coreAnnotator);
  }
  api.activationTimeMs = performance.now() - started;
  return api;
}

export function deactivate(): void {}
