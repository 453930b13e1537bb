/**
 * The extension's commands. Each accepts the arguments of every place that invokes it (nothing from
 * the Command Palette, a tree item from the News view, a document URI and an id from a hover link)
 * and returns its result, so that it can be scripted.
 */
import * as vscode from 'vscode';
import type { Correction } from '../core/corrections-model';
import type { CorrectionRequest } from '../core/corrections';
import type { Annotations, Quote, TextSpan } from '../core/model';
import { type AnnotationStore, isArticle } from './cache';
import { indexOf, plural, quoteInner, summary, truncate } from './present';
import { fileName, Sidecars } from './sidecars';
import { basename, type OutlineNode, type OutlineProvider } from './tree';
import type { Visibility } from './visibility';

export const COMMANDS = {
  annotateDocument: 'newsAnnotator.annotateDocument',
  annotateAnyway: 'newsAnnotator.annotateAnyway',
  toggleAnnotations: 'newsAnnotator.toggleAnnotations',
  nextQuote: 'newsAnnotator.nextQuote',
  previousQuote: 'newsAnnotator.previousQuote',
  goToSpeakerQuotes: 'newsAnnotator.goToSpeakerQuotes',
  copyQuoteWithAttribution: 'newsAnnotator.copyQuoteWithAttribution',
  exportAnnotations: 'newsAnnotator.exportAnnotations',
  nextMention: 'newsAnnotator.nextMention',
  reveal: 'newsAnnotator.reveal',
  setSpeaker: 'newsAnnotator.setSpeaker',
  notAQuote: 'newsAnnotator.notAQuote',
} as const;

/** A News view item (or its plain-data form from the API). */
function isNode(value: unknown): value is Pick<OutlineNode, 'kind' | 'contextValue' | 'entity' | 'quote'> {
  return typeof value === 'object' && value !== null && 'kind' in value && 'contextValue' in value && 'children' in value;
}

export class Commands {
  constructor(
    private readonly store: AnnotationStore,
    private readonly visibility: Visibility,
    private readonly outline: OutlineProvider,
  ) {}

  register(): vscode.Disposable {
    const c = (id: string, fn: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, fn, this);
    return vscode.Disposable.from(
      c(COMMANDS.annotateDocument, (target) => this.annotateDocument(target, false)),
      c(COMMANDS.annotateAnyway, (target) => this.annotateDocument(target, true)),
      c(COMMANDS.toggleAnnotations, (show) => this.toggle(show)),
      c(COMMANDS.nextQuote, () => this.stepQuote(1)),
      c(COMMANDS.previousQuote, () => this.stepQuote(-1)),
      c(COMMANDS.goToSpeakerQuotes, (target, id) => this.goToSpeakerQuotes(target, id)),
      c(COMMANDS.copyQuoteWithAttribution, (target, id) => this.copyQuote(target, id)),
      c(COMMANDS.exportAnnotations, (target, destination) => this.exportAnnotations(target, destination)),
      c(COMMANDS.nextMention, (target, id) => this.nextMention(target, id)),
      c(COMMANDS.reveal, (uri, start, end) => this.reveal(uri, start, end)),
      c(COMMANDS.setSpeaker, (target, offset, name, type) => this.setSpeaker(target, offset, name, type)),
      c(COMMANDS.notAQuote, (target, offset) => this.notAQuote(target, offset)),
    );
  }

  /** The article a command applies to: a given URI or tree item, else the active editor. */
  private async document(target: unknown): Promise<vscode.TextDocument | undefined> {
    let uri: vscode.Uri | undefined;
    if (target instanceof vscode.Uri) uri = target;
    else if (typeof target === 'string') uri = vscode.Uri.parse(target, true);
    else if (isNode(target)) return this.outline.currentDocument;
    if (uri) {
      const key = uri.toString();
      return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key) ?? vscode.workspace.openTextDocument(uri);
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active && isArticle(active)) return active;
    return this.outline.currentDocument;
  }

  private async annotations(target: unknown): Promise<{ document: vscode.TextDocument; annotations: Annotations } | undefined> {
    const document = await this.document(target);
    if (!document) {
      void vscode.window.showInformationMessage('Open a Markdown article first.');
      return undefined;
    }
    const annotations = await this.store.get(document);
    if (!annotations) {
      this.explainMissing(document);
      return undefined;
    }
    return { document, annotations };
  }

  private explainMissing(document: vscode.TextDocument): void {
    const state = this.store.state(document);
    if (state.kind === 'tooLarge') {
      void vscode.window
        .showWarningMessage(`${basename(document.uri)} is ${state.sizeKB} KB, over the ${state.limitKB} KB limit, and was not annotated.`, 'Annotate Anyway')
        .then((choice) => (choice ? vscode.commands.executeCommand(COMMANDS.annotateAnyway, document.uri) : undefined));
    } else if (state.kind === 'excluded') {
      void vscode.window.showInformationMessage(`${basename(document.uri)} matches the exclude pattern ${state.pattern}. Run “News: Annotate Document” to annotate it.`);
    } else if (!isArticle(document)) {
      void vscode.window.showInformationMessage('News Annotator works on Markdown documents.');
    } else if (state.kind === 'error') {
      void vscode.window.showErrorMessage(`News Annotator could not annotate ${basename(document.uri)}: ${state.message}`);
    }
  }

  async annotateDocument(target: unknown, anyway: boolean): Promise<Annotations | undefined> {
    const document = await this.document(target);
    if (!document || !isArticle(document)) {
      void vscode.window.showInformationMessage('Open a Markdown article to annotate it.');
      return undefined;
    }
    const annotations = anyway ? await this.store.annotateAnyway(document) : await this.store.annotateNow(document);
    if (!annotations) {
      this.explainMissing(document);
      return undefined;
    }
    const state = this.store.state(document);
    const took = state.kind === 'ready' ? ` in ${Math.max(1, Math.round(state.durationMs))} ms` : '';
    void vscode.window.showInformationMessage(`${basename(document.uri)}: ${summary(annotations)}${took}.`);
    return annotations;
  }

  async toggle(show?: unknown): Promise<boolean> {
    await this.visibility.set(typeof show === 'boolean' ? show : !this.visibility.visible);
    return this.visibility.visible;
  }

  /** Moves the cursor to the next (1) or previous (-1) quote, wrapping around; returns its id. */
  async stepQuote(direction: 1 | -1): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticle(editor.document)) return undefined;
    const found = await this.annotations(editor.document.uri);
    if (!found) return undefined;
    const quotes = found.annotations.quotes;
    if (quotes.length === 0) {
      vscode.window.setStatusBarMessage('No quotes in this article.', 3000);
      return undefined;
    }
    const offset = editor.document.offsetAt(editor.selection.active);
    const target =
      direction > 0
        ? (quotes.find((q) => q.start > offset) ?? quotes[0])
        : ([...quotes].reverse().find((q) => q.start < offset) ?? quotes[quotes.length - 1]);
    const pos = editor.document.positionAt(target.start);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, editor.document.positionAt(target.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return target.id;
  }

  /** Picks a speaker (unless given) and one of their quotes, previewing each; returns the quote id. */
  async goToSpeakerQuotes(target: unknown, speakerId: unknown): Promise<string | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    const index = indexOf(annotations);
    let id = typeof speakerId === 'string' ? speakerId : isNode(target) && target.kind === 'speaker' ? target.entity : undefined;
    if (!id || !index.isSpeaker(id)) {
      if (index.speakers.length === 0) {
        void vscode.window.showInformationMessage('No quoted speakers in this article.');
        return undefined;
      }
      const pick = await vscode.window.showQuickPick(
        index.speakers.map((s) => ({ label: s.name, description: s.role ?? undefined, detail: plural(index.quotesBySpeaker.get(s.id)?.length ?? 0, 'quote'), id: s.id })),
        { title: "Go to Speaker's Quotes", placeHolder: 'Choose a speaker', matchOnDescription: true },
      );
      if (!pick) return undefined;
      id = pick.id;
    }
    const quotes = index.quotesBySpeaker.get(id) ?? [];
    const speaker = index.speaker(id);
    return this.pickQuote(document, quotes, `Quotes by ${speaker?.name ?? 'speaker'}`);
  }

  private pickQuote(document: vscode.TextDocument, quotes: Quote[], title: string): Promise<string | undefined> {
    type Item = vscode.QuickPickItem & { quote: Quote };
    const items: Item[] = quotes.map((q) => ({
      label: `“${truncate(quoteInner(q.text), 100)}”`,
      description: q.cue?.text,
      detail: `line ${document.positionAt(q.start).line + 1}`,
      quote: q,
    }));
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const before = editor ? { selection: editor.selection, visible: editor.visibleRanges[0] } : undefined;
    const range = (q: Quote) => new vscode.Range(document.positionAt(q.start), document.positionAt(q.end));
    return new Promise((resolve) => {
      const qp = vscode.window.createQuickPick<Item>();
      qp.title = title;
      qp.placeholder = 'Choose a quote';
      qp.matchOnDescription = true;
      qp.items = items;
      let chosen: Quote | undefined;
      qp.onDidChangeActive((active) => {
        if (editor && active[0]) editor.revealRange(range(active[0].quote), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
      qp.onDidAccept(() => {
        chosen = qp.selectedItems[0]?.quote ?? qp.activeItems[0]?.quote;
        qp.hide();
      });
      qp.onDidHide(async () => {
        qp.dispose();
        if (chosen) {
          await this.reveal(document.uri, chosen.start, chosen.end);
        } else if (editor && before) {
          editor.selection = before.selection;
          if (before.visible) editor.revealRange(before.visible, vscode.TextEditorRevealType.AtTop);
        }
        resolve(chosen?.id);
      });
      qp.show();
    });
  }

  /** Copies “…” — Name, Role for a quote (given, or at the cursor); returns the text. */
  async copyQuote(target: unknown, quoteId: unknown): Promise<string | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    const id = typeof quoteId === 'string' ? quoteId : isNode(target) ? target.quote : undefined;
    let quote = id ? annotations.quotes.find((q) => q.id === id) : undefined;
    if (!quote && !id) {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document === document) quote = indexOf(annotations).quoteAt(document.offsetAt(editor.selection.active));
    }
    if (!quote) {
      void vscode.window.showInformationMessage('Place the cursor in a quote to copy it with its attribution.');
      return undefined;
    }
    const text = indexOf(annotations).attribution(quote);
    try {
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage('$(check) Quote copied with attribution', 3000);
    } catch (err) {
      void vscode.window.showWarningMessage(`Could not copy to the clipboard: ${err instanceof Error ? err.message : String(err)}`);
    }
    return text;
  }

  /** The quote at `offset` (given, or the cursor's) of an article, with the article. */
  private async quoteAt(target: unknown, offset: unknown, what: string): Promise<{ document: vscode.TextDocument; annotations: Annotations; quote: Quote } | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    let at: number | undefined = typeof offset === 'number' ? offset : undefined;
    if (at === undefined) {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
      if (editor) at = document.offsetAt(editor.selection.active);
    }
    const quote = at === undefined ? undefined : indexOf(annotations).quoteAt(at);
    if (!quote) {
      void vscode.window.showInformationMessage(`Place the cursor in a quote to ${what}.`);
      return undefined;
    }
    return { document, annotations, quote };
  }

  /**
   * Adds a correction to the article's sidecar (created if missing; an invalid one is never
   * overwritten), then annotates the article again with it; returns the correction.
   */
  private async correct(document: vscode.TextDocument, request: CorrectionRequest): Promise<Correction | undefined> {
    const uri = Sidecars.uriFor(document);
    if (!uri) {
      void vscode.window.showInformationMessage('Save the article first: its corrections are kept in a file beside it.');
      return undefined;
    }
    const sidecars = this.store.sidecars;
    const current = await sidecars.read(uri);
    if (current.kind === 'invalid') {
      void vscode.window.showErrorMessage(`The corrections file ${fileName(uri)} is ${current.error}. Fix it first: it is not overwritten.`);
      return undefined;
    }
    const { addCorrection, emptySidecar } = await import('../core/workflow');
    const sidecar = current.kind === 'valid' ? current.sidecar : emptySidecar(basename(document.uri));
    const { sidecar: next, correction } = addCorrection(sidecar, document.getText(), request);
    try {
      await sidecars.write(uri, next);
    } catch (err) {
      void vscode.window.showErrorMessage(`Could not write ${fileName(uri)}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    this.store.reannotate(uri);
    await this.store.get(document);
    return correction;
  }

  /** Sets the speaker of the quote at the cursor (or `offset`), picked unless given; returns the correction. */
  async setSpeaker(target: unknown, offset: unknown, speakerName: unknown, type: unknown): Promise<Correction | undefined> {
    const found = await this.quoteAt(target, offset, 'set its speaker');
    if (!found) return undefined;
    const { document, annotations, quote } = found;
    let speaker: { name: string; type: 'person' | 'organization' } | undefined;
    if (typeof speakerName === 'string' && speakerName.trim() !== '') {
      speaker = { name: speakerName.trim(), type: type === 'organization' ? 'organization' : 'person' };
    } else {
      type Item = vscode.QuickPickItem & { speaker?: { name: string; type: 'person' | 'organization' } };
      const items: Item[] = [
        ...annotations.people.map((p) => ({ label: p.name, description: 'person', speaker: { name: p.name, type: 'person' as const } })),
        ...annotations.organizations.map((o) => ({ label: o.name, description: 'organisation', speaker: { name: o.name, type: 'organization' as const } })),
        { label: 'New name…', alwaysShow: true },
      ];
      const pick = await vscode.window.showQuickPick(items, {
        title: 'Set Speaker of This Quote',
        placeHolder: `Who says “${truncate(quoteInner(quote.text), 60)}”?`,
        matchOnDescription: true,
      });
      if (!pick) return undefined;
      speaker = pick.speaker;
      if (!speaker) {
        const name = await vscode.window.showInputBox({
          title: 'Set Speaker of This Quote',
          prompt: 'The name of the person or organisation who says this',
          validateInput: (v) => (v.trim() === '' ? 'Enter a name' : undefined),
        });
        if (!name?.trim()) return undefined;
        const kind = await vscode.window.showQuickPick(
          [
            { label: 'Person', type: 'person' as const },
            { label: 'Organisation', type: 'organization' as const },
          ],
          { title: `${name.trim()} is a…` },
        );
        if (!kind) return undefined;
        speaker = { name: name.trim(), type: kind.type };
      }
    }
    return this.correct(document, { kind: 'set-speaker', target: { start: quote.start, end: quote.end }, speaker });
  }

  /** Marks the quotation at the cursor (or `offset`) as not a quote; returns the correction. */
  async notAQuote(target: unknown, offset: unknown): Promise<Correction | undefined> {
    const found = await this.quoteAt(target, offset, 'mark it as not a quote');
    if (!found) return undefined;
    return this.correct(found.document, { kind: 'not-quote', target: { start: found.quote.start, end: found.quote.end } });
  }

  /** Writes the annotations as JSON, the record `news-annotator annotate --format json` prints; returns where. */
  async exportAnnotations(target: unknown, destination: unknown): Promise<vscode.Uri | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    let uri = destination instanceof vscode.Uri ? destination : typeof destination === 'string' ? vscode.Uri.parse(destination, true) : undefined;
    if (!uri) {
      const name = basename(document.uri).replace(/\.[^.]*$/, '') || 'article';
      const folder = document.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(document.uri, '..');
      uri = await vscode.window.showSaveDialog({
        title: 'Export Annotations',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${name}.annotations.json`) : undefined,
        filters: { JSON: ['json'] },
        saveLabel: 'Export',
      });
      if (!uri) return undefined;
    }
    const { exportJson } = await import('../core/export/json');
    const json = exportJson(vscode.workspace.asRelativePath(document.uri, false), document.getText(), annotations);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(json));
    if (!(destination instanceof vscode.Uri) && typeof destination !== 'string') {
      void vscode.window.showInformationMessage(`Annotations exported to ${basename(uri)}.`, 'Open').then((choice) => {
        if (choice) void vscode.window.showTextDocument(uri);
      });
    }
    return uri;
  }

  /** Goes to the next mention (after the cursor, wrapping) of a person, organisation or country. */
  async nextMention(target: unknown, entityId: unknown): Promise<TextSpan | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    const index = indexOf(annotations);
    let id = typeof entityId === 'string' ? entityId : isNode(target) ? target.entity : undefined;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const offset = editor ? document.offsetAt(editor.selection.active) : -1;
    if (!id && editor) {
      const hit = index.at(offset).find((h) => h.kind === 'person' || h.kind === 'organization' || h.kind === 'country' || h.kind === 'metonym');
      id = hit?.kind === 'person' ? hit.person.id : hit?.kind === 'organization' ? hit.organization.id : hit && 'country' in hit ? hit.country.code : undefined;
    }
    if (!id) return undefined;
    const country = index.countries.get(id);
    const spans: TextSpan[] = country ? [...country.mentions, ...country.metonyms] : (index.speaker(id)?.mentions ?? []);
    if (spans.length === 0) return undefined;
    spans.sort((a, b) => a.start - b.start);
    const next = spans.find((s) => s.start > offset) ?? spans[0];
    await this.reveal(document.uri, next.start, next.end);
    return next;
  }

  /** Shows a span of a document and selects it. */
  async reveal(uri: unknown, start: unknown, end: unknown): Promise<void> {
    const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri, true) : undefined;
    if (!target || typeof start !== 'number' || typeof end !== 'number') return;
    const document = await this.document(target);
    if (!document) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
    // positionAt clamps offsets outside the document
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
