/**
 * Hooks the preview plugin (src/preview) into VS Code's built-in Markdown preview. The core is
 * loaded on the first render; that render goes unmarked and the preview is refreshed once the
 * core is ready.
 */
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { newsAnnotatorPreview } from '../preview/markdown-it-plugin';
import { getSettings, SECTION } from './settings';

type Core = typeof import('../core/annotate');

export function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
  let core: Core | undefined;
  let loading: Promise<void> | undefined;
  newsAnnotatorPreview(md, {
    enabled: () => vscode.workspace.getConfiguration(SECTION).get<boolean>('preview.enabled', true) !== false,
    annotations: (source) => {
      // the same size limit as the editor: a huge article is not annotated while it renders
      if (source.length > getSettings().maxDocumentSizeKB * 1024) return undefined;
      if (core) return core.annotate(source);
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
 * Refreshes open previews when the preview setting changes: VS Code keeps rendered tokens per
 * document version, and its refresh command clears them.
 */
export function watchPreviewSetting(): vscode.Disposable {
  let again: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => void vscode.commands.executeCommand('markdown.preview.refresh');
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(`${SECTION}.preview`)) return;
    refresh();
    // once more a moment later: a preview that was rendering while the setting changed may have
    // kept the tokens it rendered with the old value
    clearTimeout(again);
    again = setTimeout(refresh, PREVIEW_REFRESH_AGAIN_MS);
  });
  return new vscode.Disposable(() => {
    clearTimeout(again);
    listener.dispose();
  });
}

const PREVIEW_REFRESH_AGAIN_MS = 500;
