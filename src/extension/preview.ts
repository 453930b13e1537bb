/**
 * Hooks the preview plugin (src/preview) into VS Code's built-in Markdown preview. The core is
 * loaded on the first render; that render goes unmarked and the preview is refreshed once the
 * core is ready.
 */
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { newsAnnotatorPreview } from '../preview/markdown-it-plugin';
import { coreOptions } from './cache';
import { getSettings, SECTION } from './settings';

type Core = typeof import('../core/annotate');

export function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
  let core: Core | undefined;
  let loading: Promise<void> | undefined;
  newsAnnotatorPreview(md, {
    enabled: () => vscode.workspace.getConfiguration(SECTION).get<boolean>('preview.enabled', true) !== false,
    annotations: (source) => {
      // the same size limit as the editor: a huge article is not annotated while it renders
      const settings = getSettings();
      if (source.length > settings.maxDocumentSizeKB * 1024) return undefined;
      if (core) return core.annotate(source, coreOptions(settings));
      loading ??= import('../core/annotate').then((m) => {
        core = m;
        void vscode.commands.executeCommand('markdown.preview.refresh');
      });
      return undefined;
    },
  });
  return md;
}

/**
 * Refreshes open previews when the preview or the splitArticles setting changes: VS Code keeps rendered tokens per
 * document version, and its refresh command clears them.
 */
export function watchPreviewSetting(): vscode.Disposable {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const refresh = () => void vscode.commands.executeCommand('markdown.preview.refresh');
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(`${SECTION}.preview`) && !e.affectsConfiguration(`${SECTION}.splitArticles`)) return;
    refresh();
    // again a little later: the built-in preview ignores a refresh asked for while one of its own
    // is pending, and that one does not render again when the document has not changed
    for (const ms of PREVIEW_REFRESH_AGAIN_MS) {
      const timer = setTimeout(() => (timers.delete(timer), refresh()), ms);
      timers.add(timer);
    }
  });
  return new vscode.Disposable(() => {
    for (const timer of timers) clearTimeout(timer);
    listener.dispose();
  });
}

const PREVIEW_REFRESH_AGAIN_MS = [500, 1500];
