/**
 * The status-bar item for the active article: counts of speakers, quotes and countries (clicking
 * focuses the News view), with a warning when corrections no longer apply (orphaned), or why the
 * article is not annotated (clicking offers the way out).
 */
import * as vscode from 'vscode';
import { type AnnotationStore, isArticle } from './cache';
import { indexOf, plural } from './present';
import { getSettings } from './settings';
import type { Visibility } from './visibility';

export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string | undefined;
  /** The theme colour of the background, when it is not the default. */
  backgroundColor: string | undefined;
  /** Orphaned corrections of the article, as counted in the text. */
  orphans: number;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private shown = false;
  private shownDocument?: vscode.TextDocument;
  private showingCounts = false;
  private orphans = 0;
  private background: string | undefined;

  constructor(
    private readonly store: AnnotationStore,
    private readonly visibility: Visibility,
  ) {
    this.item.name = 'News Annotator';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidAnnotate(() => this.update()),
      store.onDidChangeState(() => this.update()),
      visibility.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator.statusBar')) this.update();
      }),
    );
    this.update();
  }

  snapshot(): StatusSnapshot {
    const command = this.item.command;
    return {
      visible: this.shown,
      text: this.item.text,
      tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? ''),
      command: typeof command === 'string' ? command : command?.command,
      backgroundColor: this.background,
      orphans: this.orphans,
    };
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isArticle(document) || !getSettings(document).statusBarEnabled) return this.hide();
    const state = this.store.state(document);
    const annotations = this.store.peek(document);
    const keepCounts = this.showingCounts && this.shown && this.shownDocument === document;
    const keepBackground = this.background;
    this.setBackground(undefined);
    this.showingCounts = false;
    if (!this.visibility.visible) {
      this.set('$(eye-closed) News', 'News Annotator: annotations are hidden. Click to show them.', 'newsAnnotator.toggleAnnotations');
    } else if (state.kind === 'tooLarge') {
      this.set(
        '$(warning) News: not annotated',
        `This article is ${state.sizeKB} KB, over the ${state.limitKB} KB limit (setting newsAnnotator.maxDocumentSizeKB). Click to annotate it anyway.`,
        'newsAnnotator.annotateAnyway',
      );
      this.setBackground('statusBarItem.warningBackground');
    } else if (state.kind === 'excluded') {
      this.set('$(circle-slash) News: excluded', `This article matches the exclude pattern ${state.pattern} (setting newsAnnotator.exclude). Click to annotate it now.`, 'newsAnnotator.annotateDocument');
    } else if (state.kind === 'error') {
      this.set('$(error) News', `News Annotator could not annotate this article: ${state.message}`, 'newsAnnotator.annotateDocument');
    } else if (annotations) {
      const index = indexOf(annotations);
      const speakers = index.speakers.length;
      const orphans = annotations.orphans ?? [];
      let text = `$(person) ${speakers} $(quote) ${annotations.quotes.length} $(globe) ${annotations.countries.length}`;
      let tooltip = `News Annotator: ${plural(speakers, 'speaker')}, ${plural(annotations.quotes.length, 'quote')}, ${plural(annotations.people.length, 'person', 'people')}, ${plural(annotations.countries.length, 'country', 'countries')}.`;
      if (orphans.length > 0) {
        text += ` $(warning) ${orphans.length}`;
        const listed = orphans.slice(0, 5).map((o) => `\n• ${o.message}`);
        const more = orphans.length > listed.length ? `\n…and ${orphans.length - listed.length} more` : '';
        tooltip += `\n\n${plural(orphans.length, 'correction no longer applies', 'corrections no longer apply')} (orphaned; kept in the corrections file):${listed.join('')}${more}\n\nClick to review them in the News view.`;
        this.setBackground('statusBarItem.warningBackground');
      } else {
        tooltip += ' Click to show the News view.';
      }
      this.orphans = orphans.length;
      this.set(text, tooltip, 'newsAnnotator.outline.focus');
      this.showingCounts = true;
    } else if (state.kind === 'pending' && keepCounts) {
      // keep the last counts (and their warning) while typing
      this.setBackground(keepBackground);
      this.showingCounts = true;
    } else {
      this.set('$(sync~spin) News', 'News Annotator: annotating…', 'newsAnnotator.outline.focus');
    }
    if (!this.showingCounts) this.orphans = 0;
    this.shownDocument = document;
    this.shown = true;
    this.item.show();
  }

  private setBackground(id: string | undefined): void {
    this.background = id;
    this.item.backgroundColor = id ? new vscode.ThemeColor(id) : undefined;
  }

  private set(text: string, tooltip: string, command: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = command;
  }

  private hide(): void {
    this.shown = false;
    this.shownDocument = undefined;
    this.item.hide();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
