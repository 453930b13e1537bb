/**
 * The API `activate()` returns: queries over the extension's state, so that other extensions and
 * tests can ask what is shown instead of waiting and guessing.
 */
import type MarkdownIt from 'markdown-it';
import type * as vscode from 'vscode';
import type { Annotations } from '../core/model';
import type { AnnotateEvent, AnnotationState, Annotator, CorrectionInfo, CorrectionsState } from './cache';
import type { DecorationSnapshot } from './decorations';
import type { StatusSnapshot } from './statusBar';
import type { OutlineInfo, OutlineItemData } from './tree';
import type { WorkspaceItemData, WorkspaceViewInfo } from './workspaceTree';

export type {
  AnnotateEvent,
  AnnotationState,
  Annotator,
  CorrectionInfo,
  CorrectionsState,
  DecorationSnapshot,
  OutlineInfo,
  OutlineItemData,
  StatusSnapshot,
  WorkspaceItemData,
  WorkspaceViewInfo,
};

export interface NewsAnnotatorApi {
  /** Annotations of the document's current version (annotating now if needed); undefined when not annotated (not Markdown, excluded, too large). */
  getAnnotations(uri: vscode.Uri): Promise<Annotations | undefined>;
  /** Why a document is or is not annotated. */
  getState(uri: vscode.Uri): AnnotationState;
  /** Fires after a document's current version has been annotated and every view updated. */
  readonly onDidAnnotate: vscode.Event<AnnotateEvent>;
  /** Whether annotations are shown (the toggle). */
  isVisible(): boolean;
  /** The decorations shown for a document, per kind, as offsets. */
  getDecorations(uri: vscode.Uri): DecorationSnapshot;
  /** The News tree for a document (made the tree's article), as plain data. */
  getTreeItems(uri?: vscode.Uri): Promise<OutlineItemData[]>;
  /** The News view's state: its article, badge, description, message, selection and visibility. */
  getTreeInfo(): OutlineInfo;
  /**
   * The corrections applied to the document's current annotations (annotating now if needed): the
   * sidecar, why it is not used when invalid, and each correction with where it is and whether it
   * is orphaned. Undefined when the document is not annotated.
   */
  getCorrections(uri: vscode.Uri): Promise<CorrectionsState | undefined>;
  /** The status-bar item as shown. */
  getStatus(): StatusSnapshot;
  /** The Workspace view's tree (after News: Annotate Workspace; empty before), as plain data. */
  getWorkspaceTree(): WorkspaceItemData[];
  /** The Workspace view's state: its articles, filter, description and message. */
  getWorkspaceInfo(): WorkspaceViewInfo;
  /** Fires after the workspace's articles, summary or filter changed. */
  readonly onDidUpdateWorkspace: vscode.Event<void>;
  /** Where the core ran last: in a worker thread or in the extension host (undefined before the first run). */
  getAnnotationThread(): 'worker' | 'host' | undefined;
  /** Milliseconds `activate()` took (module loading not included). */
  activationTimeMs: number;
  /** VS Code's Markdown preview calls this to add the extension's markdown-it plugin. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /** Replaces the function that runs the core (for tests; present only outside production mode). */
  setAnnotator?(annotator: Annotator | undefined): void;
}
