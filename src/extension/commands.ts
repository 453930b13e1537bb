/**
 * The extension's commands. Each accepts the arguments of every place that invokes it (nothing from
 * the Command Palette, a tree item from the News view, a document URI and an id from a hover link)
 * and returns its result, so that it can be scripted.
 *
 * The correction commands only say what the reader decided about a span (this is a person, this
 * quote is not one, these two people are one); the core's correction model anchors and applies it,
 * and the sidecar writer stores it.
 */
import * as vscode from 'vscode';
import type { Correction, Sidecar, SpeakerName } from '../core/corrections-model';
import type { CorrectionRequest } from '../core/corrections';
import type { Annotations, Person, Quote, TextSpan } from '../core/model';
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
  markPerson: 'newsAnnotator.markPerson',
  markOrganization: 'newsAnnotator.markOrganization',
  markCountry: 'newsAnnotator.markCountry',
  markQuote: 'newsAnnotator.markQuote',
  notAPerson: 'newsAnnotator.notAPerson',
  notAnOrganization: 'newsAnnotator.notAnOrganization',
  notACountry: 'newsAnnotator.notACountry',
  mergePeople: 'newsAnnotator.mergePeople',
  removeCorrection: 'newsAnnotator.removeCorrection',
} as const;

/** A News view item (or its plain-data form from the API). */
function isNode(value: unknown): value is Pick<OutlineNode, 'kind' | 'contextValue' | 'entity' | 'quote' | 'span' | 'correction'> {
  return typeof value === 'object' && value !== null && 'kind' in value && 'contextValue' in value && 'children' in value;
}

type Span = { start: number; end: number };

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

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
      c(COMMANDS.markPerson, (target, start, end, name) => this.markEntity('person', target, start, end, name)),
      c(COMMANDS.markOrganization, (target, start, end, name) => this.markEntity('organization', target, start, end, name)),
      c(COMMANDS.markCountry, (target, start, end, code) => this.markCountry(target, start, end, code)),
      c(COMMANDS.markQuote, (target, start, end, name, type) => this.markQuote(target, start, end, name, type)),
      c(COMMANDS.notAPerson, (target, offset) => this.notEntity('person', target, offset)),
      c(COMMANDS.notAnOrganization, (target, offset) => this.notEntity('organization', target, offset)),
      c(COMMANDS.notACountry, (target, offset) => this.notACountry(target, offset)),
      c(COMMANDS.mergePeople, (target, from, into) => this.mergePeople(target, from, into)),
      c(COMMANDS.removeCorrection, (target, id) => this.removeCorrection(target, id)),
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
    if (isNode(target) && target.quote) {
      const quote = annotations.quotes.find((q) => q.id === target.quote);
      if (quote) return { document, annotations, quote };
    }
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
    return (await this.correctAll(document, [request]))?.[0];
  }

  /** Adds several corrections in one write of the sidecar (see `correct`). */
  private async correctAll(document: vscode.TextDocument, requests: readonly CorrectionRequest[]): Promise<Correction[] | undefined> {
    if (requests.length === 0) return undefined;
    return this.editSidecar(document, async (sidecar, text) => {
      const { addCorrection } = await import('../core/workflow');
      const added: Correction[] = [];
      for (const request of requests) {
        const next = addCorrection(sidecar, text, request);
        sidecar = next.sidecar;
        added.push(next.correction);
      }
      return { sidecar, result: added };
    });
  }

  /**
   * Reads the article's sidecar (an empty one when missing), lets `change` make the new contents
   * and writes them atomically; an invalid sidecar is reported and left as it is. The article is
   * annotated again before this returns. `change` returns undefined to write nothing.
   */
  private async editSidecar<T>(
    document: vscode.TextDocument,
    change: (sidecar: Sidecar, text: string) => Promise<{ sidecar: Sidecar; result: T } | undefined>,
  ): Promise<T | undefined> {
    const uri = Sidecars.uriFor(document);
    if (!uri) {
      void vscode.window.showInformationMessage('Save the article first: its corrections are kept in a file beside it.');
      return undefined;
    }
    const sidecars = this.store.sidecars;
    let current;
    try {
      current = await sidecars.read(uri);
    } catch (err) {
      void vscode.window.showErrorMessage(`Could not read ${fileName(uri)}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (current.kind === 'invalid') {
      void vscode.window.showErrorMessage(`The corrections file ${fileName(uri)} is ${current.error}. Fix it first: it is not overwritten.`);
      return undefined;
    }
    const { emptySidecar } = await import('../core/workflow');
    const sidecar = current.kind === 'valid' ? current.sidecar : emptySidecar(basename(document.uri));
    const changed = await change(sidecar, document.getText());
    if (!changed) return undefined;
    try {
      await sidecars.write(uri, changed.sidecar);
    } catch (err) {
      void vscode.window.showErrorMessage(`Could not write ${fileName(uri)}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    this.store.reannotate(uri);
    await this.store.get(document);
    return changed.result;
  }

  /**
   * A span of an article to correct: `start`–`end` when given, else the selection of the editor
   * showing it (white space at its ends left out). Undefined, with a message, when there is none.
   */
  private async selected(target: unknown, start: unknown, end: unknown, what: string): Promise<{ document: vscode.TextDocument; annotations: Annotations; span: Span; text: string } | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    const text = document.getText();
    let span: Span | undefined;
    if (isOffset(start) && isOffset(end)) {
      span = { start: Math.min(start, text.length), end: Math.min(end, text.length) };
    } else {
      const editor = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find((e) => e.document === document);
      if (editor && !editor.selection.isEmpty) span = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
    }
    if (span) {
      while (span.start < span.end && /\s/.test(text[span.start])) span.start++;
      while (span.end > span.start && /\s/.test(text[span.end - 1])) span.end--;
    }
    if (!span || span.start >= span.end) {
      void vscode.window.showInformationMessage(`Select the text to mark as ${what} first.`);
      return undefined;
    }
    return { document, annotations, span, text: text.slice(span.start, span.end) };
  }

  /**
   * Asks who a quote is by: a person or organisation of the article, a new name, or (with
   * `allowNone`) nobody. Undefined when cancelled, null for nobody.
   */
  private async pickSpeaker(annotations: Annotations, title: string, placeHolder: string, allowNone: boolean): Promise<SpeakerName | null | undefined> {
    type Item = vscode.QuickPickItem & { speaker?: SpeakerName; none?: true };
    const items: Item[] = [
      ...(allowNone ? [{ label: 'No speaker', description: 'leave it unattributed', none: true as const }] : []),
      ...annotations.people.map((p) => ({ label: p.name, description: p.role ? `person · ${p.role}` : 'person', speaker: { name: p.name, type: 'person' as const } })),
      ...annotations.organizations.map((o) => ({ label: o.name, description: 'organisation', speaker: { name: o.name, type: 'organization' as const } })),
      { label: 'New name…', alwaysShow: true },
    ];
    const pick = await vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true });
    if (!pick) return undefined;
    if (pick.none) return null;
    if (pick.speaker) return pick.speaker;
    const name = await vscode.window.showInputBox({
      title,
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
    return kind ? { name: name.trim(), type: kind.type } : undefined;
  }

  /**
   * Mark Selection as Person / Organisation: the selected text (or `start`–`end`) names a person or
   * an organisation, the one picked (an existing one of the article, or a new name; as written by
   * default) or `name` when given. Returns the correction.
   */
  async markEntity(type: 'person' | 'organization', target: unknown, start: unknown, end: unknown, name: unknown): Promise<Correction | undefined> {
    const what = type === 'person' ? 'a person' : 'an organisation';
    const found = await this.selected(target, start, end, what);
    if (!found) return undefined;
    const { document, annotations, span } = found;
    const written = found.text.replace(/\s+/g, ' ');
    let chosen: string | undefined = typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
    if (chosen === undefined && typeof name !== 'string') {
      type Item = vscode.QuickPickItem & { name?: string };
      const entities = type === 'person' ? annotations.people : annotations.organizations;
      const title = type === 'person' ? 'Mark Selection as Person' : 'Mark Selection as Organisation';
      const items: Item[] = [
        { label: written, description: `as written`, name: written },
        ...entities.filter((e) => e.name !== written).map((e) => ({ label: e.name, description: `the same ${type === 'person' ? 'person' : 'organisation'} as in this article`, name: e.name })),
        { label: 'Other name…', alwaysShow: true },
      ];
      const pick = await vscode.window.showQuickPick(items, { title, placeHolder: `Who is “${truncate(written, 50)}”?`, matchOnDescription: true });
      if (!pick) return undefined;
      chosen = pick.name;
      if (chosen === undefined) {
        const typed = await vscode.window.showInputBox({ title, prompt: `The name of ${what}`, value: written, validateInput: (v) => (v.trim() === '' ? 'Enter a name' : undefined) });
        if (!typed?.trim()) return undefined;
        chosen = typed.trim();
      }
    }
    const request: CorrectionRequest =
      chosen === undefined || chosen === written ? { kind: type === 'person' ? 'mark-person' : 'mark-organization', target: span } : { kind: type === 'person' ? 'mark-person' : 'mark-organization', target: span, name: chosen };
    return this.correct(document, request);
  }

  /** Mark Selection as Country: the selected text names the country picked (or `code`, ISO 3166-1 alpha-2). */
  async markCountry(target: unknown, start: unknown, end: unknown, code: unknown): Promise<Correction | undefined> {
    const found = await this.selected(target, start, end, 'a country');
    if (!found) return undefined;
    const { COUNTRY_RECORDS, countryRecord } = await import('../core/data/countries');
    let country = typeof code === 'string' ? countryRecord(code)?.code : undefined;
    if (typeof code === 'string' && !country) {
      void vscode.window.showErrorMessage(`“${truncate(code, 20)}” is not an ISO 3166-1 alpha-2 country code.`);
      return undefined;
    }
    if (!country) {
      type Item = vscode.QuickPickItem & { code: string };
      const items: Item[] = [...COUNTRY_RECORDS]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((r) => ({ label: `${r.flag} ${r.name}`, description: r.code, detail: r.officialName !== r.name ? r.officialName : undefined, code: r.code }));
      const written = found.text.replace(/\s+/g, ' ').toLowerCase();
      country = await new Promise<string | undefined>((resolve) => {
        const qp = vscode.window.createQuickPick<Item>();
        qp.title = 'Mark Selection as Country';
        qp.placeholder = `Which country is “${truncate(found.text, 50)}”?`;
        qp.matchOnDescription = true;
        qp.matchOnDetail = true;
        qp.items = items;
        // start from the selected words when they are (part of) a country's name
        if (items.some((i) => i.label.toLowerCase().includes(written))) qp.value = found.text.replace(/\s+/g, ' ');
        let picked: string | undefined;
        qp.onDidAccept(() => {
          picked = qp.selectedItems[0]?.code ?? qp.activeItems[0]?.code;
          qp.hide();
        });
        qp.onDidHide(() => {
          qp.dispose();
          resolve(picked);
        });
        qp.show();
      });
      if (!country) return undefined;
    }
    return this.correct(found.document, { kind: 'mark-country', target: found.span, country });
  }

  /** Mark Selection as Quote: the selected text is a quote, by the speaker picked (or given), or by nobody. */
  async markQuote(target: unknown, start: unknown, end: unknown, speakerName: unknown, type: unknown): Promise<Correction | undefined> {
    const found = await this.selected(target, start, end, 'a quote');
    if (!found) return undefined;
    let speaker: SpeakerName | null | undefined;
    if (typeof speakerName === 'string') {
      speaker = speakerName.trim() === '' ? null : { name: speakerName.trim(), type: type === 'organization' ? 'organization' : 'person' };
    } else if (speakerName === null) {
      speaker = null;
    } else {
      speaker = await this.pickSpeaker(found.annotations, 'Mark Selection as Quote', `Who says “${truncate(quoteInner(found.text), 60)}”?`, true);
      if (speaker === undefined) return undefined;
    }
    return this.correct(found.document, speaker ? { kind: 'mark-quote', target: found.span, speaker } : { kind: 'mark-quote', target: found.span });
  }

  /**
   * Not a Person / Not an Organisation. From a person's (organisation's) item in the News view: the
   * whole entity; from one of its mentions there, or the editor (the mention at the cursor or at
   * `offset`): that mention only.
   */
  async notEntity(type: 'person' | 'organization', target: unknown, offset: unknown): Promise<Correction | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    const kind = type === 'person' ? 'not-person' : 'not-organization';
    const what = type === 'person' ? 'a person' : 'an organisation';
    const list: (Person | { id: string; name: string; mentions: TextSpan[] })[] = type === 'person' ? annotations.people : annotations.organizations;
    if (isNode(target)) {
      if (target.kind === 'mention' && target.span && target.contextValue === `mention.${type}`) return this.correct(document, { kind, target: { start: target.span.start, end: target.span.end } });
      const entity = target.entity ? list.find((e) => e.id === target.entity) : undefined;
      if (!entity) {
        void vscode.window.showInformationMessage(`This item is not ${what}.`);
        return undefined;
      }
      const first = entity.mentions[0];
      if (!first) {
        void vscode.window.showInformationMessage(`${entity.name} is not named in the text (a correction added them): remove that correction instead.`);
        return undefined;
      }
      return this.correct(document, { kind, target: { start: first.start, end: first.end }, all: true });
    }
    const at = isOffset(offset) ? offset : this.cursor(document);
    const hit = at === undefined ? undefined : indexOf(annotations).at(at).find((h) => h.kind === type);
    if (!hit) {
      void vscode.window.showInformationMessage(`Place the cursor on the name of ${what} first.`);
      return undefined;
    }
    return this.correct(document, { kind, target: { start: hit.span.start, end: hit.span.end } });
  }

  /**
   * Not a Country: the mention (or metonym) at the cursor or `offset`, or of a mention item in the
   * News view; from a country's item, all of its mentions and metonyms. Returns the corrections.
   */
  async notACountry(target: unknown, offset: unknown): Promise<Correction[] | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    let spans: Span[] = [];
    if (isNode(target)) {
      if (target.kind === 'mention' && target.span && target.contextValue === 'mention.country') spans = [target.span];
      else {
        const country = target.entity ? annotations.countries.find((c) => c.code === target.entity) : undefined;
        if (country) spans = [...country.mentions, ...country.metonyms];
      }
    } else {
      const at = isOffset(offset) ? offset : this.cursor(document);
      const hit = at === undefined ? undefined : indexOf(annotations).at(at).find((h) => h.kind === 'country' || h.kind === 'metonym');
      if (hit) spans = [hit.span];
    }
    if (spans.length === 0) {
      void vscode.window.showInformationMessage('Place the cursor on a country mention first.');
      return undefined;
    }
    return this.correctAll(
      document,
      spans.map((s) => ({ kind: 'not-country', target: { start: s.start, end: s.end } })),
    );
  }

  /**
   * Merge People: two detected people are one. `from` is merged into `into`, whose name is kept;
   * each is picked unless given (as an id, or `from` as a person's item in the News view).
   */
  async mergePeople(target: unknown, fromId: unknown, intoId: unknown): Promise<Correction | undefined> {
    const found = await this.annotations(target);
    if (!found) return undefined;
    const { document, annotations } = found;
    const named = annotations.people.filter((p) => p.mentions.length > 0);
    if (named.length < 2) {
      void vscode.window.showInformationMessage('Merging needs two people named in this article.');
      return undefined;
    }
    const byId = (id: unknown) => (typeof id === 'string' ? named.find((p) => p.id === id) : undefined);
    const item = (p: Person) => ({ label: p.name, description: [p.role, plural(p.mentions.length, 'mention')].filter(Boolean).join(' · '), person: p });
    let from = byId(fromId) ?? (isNode(target) ? byId(target.entity) : undefined);
    if (!from) {
      from = (await vscode.window.showQuickPick(named.map(item), { title: 'Merge People (1/2)', placeHolder: 'Which person is really someone else in the list?', matchOnDescription: true }))?.person;
      if (!from) return undefined;
    }
    const source = from;
    let into = byId(intoId);
    if (!into || into === source) {
      into = (
        await vscode.window.showQuickPick(
          named.filter((p) => p !== source).map(item),
          { title: 'Merge People (2/2)', placeHolder: `${source.name} is the same person as… (whose name is kept)`, matchOnDescription: true },
        )
      )?.person;
      if (!into) return undefined;
    }
    const t = into.mentions[0];
    const o = source.mentions[0];
    return this.correct(document, { kind: 'merge-people', target: { start: t.start, end: t.end }, other: { start: o.start, end: o.end } });
  }

  /**
   * Removes a correction (undo) from the article's sidecar: given as a Corrections item of the
   * News view, or a document URI and the correction's id (the hover link), or picked from the
   * active article's corrections. Returns true when one was removed.
   */
  async removeCorrection(target: unknown, id: unknown): Promise<boolean> {
    let correctionId = typeof id === 'string' ? id : isNode(target) ? target.correction : undefined;
    const document = await this.document(target);
    if (!document || !isArticle(document)) {
      void vscode.window.showInformationMessage('Open a Markdown article first.');
      return false;
    }
    if (!correctionId) {
      await this.store.get(document);
      const infos = this.store.corrections(document)?.corrections ?? [];
      if (infos.length === 0) {
        void vscode.window.showInformationMessage(`${basename(document.uri)} has no corrections.`);
        return false;
      }
      const pick = await vscode.window.showQuickPick(
        infos.map((i) => ({ label: truncate(i.description, 100), description: i.orphan ? '$(warning) orphaned' : i.target ? `line ${document.positionAt(i.target.start).line + 1}` : undefined, id: i.correction.id })),
        { title: 'Remove Correction', placeHolder: 'Which correction should no longer apply?', matchOnDescription: true },
      );
      if (!pick) return false;
      correctionId = pick.id;
    }
    const removing = correctionId;
    let missing = false;
    const removed = await this.editSidecar(document, async (sidecar) => {
      const { removeCorrection } = await import('../core/workflow');
      const next = removeCorrection(sidecar, removing);
      missing = next === sidecar;
      return missing ? undefined : { sidecar: next, result: true };
    });
    if (missing) void vscode.window.showInformationMessage(`The correction ${truncate(removing, 20)} is no longer in the corrections file of ${basename(document.uri)}.`);
    if (removed) vscode.window.setStatusBarMessage('$(discard) Correction removed', 3000);
    return removed === true;
  }

  /** The cursor offset in the editor showing a document. */
  private cursor(document: vscode.TextDocument): number | undefined {
    const editor = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find((e) => e.document === document);
    return editor ? document.offsetAt(editor.selection.active) : undefined;
  }

  /** Sets the speaker of the quote at the cursor (or `offset`), picked unless given; returns the correction. */
  async setSpeaker(target: unknown, offset: unknown, speakerName: unknown, type: unknown): Promise<Correction | undefined> {
    const found = await this.quoteAt(target, offset, 'set its speaker');
    if (!found) return undefined;
    const { document, annotations, quote } = found;
    let speaker: SpeakerName | null | undefined;
    if (typeof speakerName === 'string' && speakerName.trim() !== '') {
      speaker = { name: speakerName.trim(), type: type === 'organization' ? 'organization' : 'person' };
    } else {
      speaker = await this.pickSpeaker(annotations, 'Set Speaker of This Quote', `Who says “${truncate(quoteInner(quote.text), 60)}”?`, false);
      if (!speaker) return undefined;
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
