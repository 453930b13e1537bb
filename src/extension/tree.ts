/**
 * The "News" tree for the active article: Speakers → their quotes; People → mentions;
 * Organisations; Countries → mentions; Quotes in document order; Corrections (from the article's
 * sidecar, orphaned ones marked, each removable). Groups carry counts, the view a badge; clicking an
 * item reveals its text; the view follows the active editor and the cursor.
 */
import * as vscode from 'vscode';
import type { Annotations, TextSpan } from '../core/model';
import { type AnnotationStore, type CorrectionsState, isArticle } from './cache';
import { HoverCards } from './hover';
import { indexOf, plural, quoteInner, truncate } from './present';
import { getSettings } from './settings';

export type NodeKind = 'group' | 'speaker' | 'person' | 'organization' | 'country' | 'quote' | 'mention' | 'correction';

export interface OutlineNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly description?: string;
  /**
   * `quote`, `speaker` (a person) or `speaker.organization`, `person`, `organization`, `country`,
   * `mention.person` / `mention.organization` / `mention.country`, `correction` or
   * `correction.orphaned`, `correctionsError`, `group.speakers`, …
   */
  readonly contextValue: string;
  /** Offsets the item reveals. */
  readonly span?: { start: number; end: number };
  /** Person or organisation id, or country code. */
  readonly entity?: string;
  readonly quote?: string;
  /** Correction id (in the article's sidecar). */
  readonly correction?: string;
  /** Plain-text tooltip, for items without a hover card. */
  readonly tooltip?: string;
  /** A file the item opens instead of revealing text (the corrections file). */
  readonly open?: vscode.Uri;
  readonly children: OutlineNode[];
  parent?: OutlineNode;
  readonly expanded?: boolean;
}

/** A tree item as plain data, for the API; commands accept it where they accept a tree item. */
export interface OutlineItemData {
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  contextValue: string;
  /** Offsets the item reveals. */
  span?: { start: number; end: number };
  entity?: string;
  quote?: string;
  correction?: string;
  tooltip?: string;
  children: OutlineItemData[];
}

/** The view's state, for the API. */
export interface OutlineInfo {
  document: vscode.Uri | undefined;
  badge: number | undefined;
  description: string | undefined;
  message: string | undefined;
  /** Ids of the selected items. */
  selection: string[];
  visible: boolean;
}

const PREVIEW = 60;

export class OutlineProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<OutlineNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private roots: OutlineNode[] = [];
  private annotations?: Annotations;
  /** The document `roots` were built for. */
  private built?: vscode.TextDocument;
  /** Set when the items were not rebuilt because the view was hidden. */
  private stale = true;
  private document?: vscode.TextDocument;
  private readonly view: vscode.TreeView<OutlineNode>;
  private revealTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly store: AnnotationStore,
    private readonly media: vscode.Uri,
  ) {
    this.view = vscode.window.createTreeView('newsAnnotator.outline', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changeEmitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      store.onDidAnnotate((e) => {
        if (e.document === this.document) this.rebuild();
      }),
      store.onDidChangeState((document) => {
        if (document === this.document) this.updateMessage();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) {
          this.document = undefined;
          this.rebuild();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e)),
      this.view.onDidChangeVisibility((e) => {
        if (!e.visible) return;
        if (this.stale) this.rebuild();
        if (vscode.window.activeTextEditor) this.revealAt(vscode.window.activeTextEditor);
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  get treeView(): vscode.TreeView<OutlineNode> {
    return this.view;
  }

  /** The article the tree shows. */
  get currentDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const state =
      node.children.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.expanded
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.contextValue = node.contextValue;
    item.iconPath = this.icon(node);
    if (node.tooltip) item.tooltip = node.tooltip;
    if (node.open) {
      item.command = { command: 'vscode.open', title: 'Open', arguments: [node.open] };
    } else if (node.span && this.document) {
      const uri = this.document.uri.toString();
      item.command = { command: 'newsAnnotator.reveal', title: 'Go to Text', arguments: [uri, node.span.start, node.span.end] };
    }
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, node: OutlineNode): vscode.TreeItem {
    if (!this.annotations || !this.document) return item;
    const cards = new HoverCards(this.document.uri, indexOf(this.annotations), 3);
    const index = indexOf(this.annotations);
    if (node.kind === 'quote' && node.quote) {
      const quote = this.annotations.quotes.find((q) => q.id === node.quote);
      if (quote) item.tooltip = cards.quote(quote);
    } else if (node.kind === 'speaker' || node.kind === 'person' || node.kind === 'organization') {
      const person = node.entity ? index.people.get(node.entity) : undefined;
      const org = node.entity ? index.organizations.get(node.entity) : undefined;
      if (person) item.tooltip = cards.person(person);
      else if (org) item.tooltip = cards.organization(org);
    } else if (node.kind === 'country' && node.entity) {
      const country = index.countries.get(node.entity);
      if (country) item.tooltip = cards.country(country);
    }
    return item;
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    return node ? node.children : this.roots;
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    return node.parent;
  }

  info(): OutlineInfo {
    return {
      document: this.document?.uri,
      badge: this.view.badge?.value,
      description: this.view.description,
      message: this.view.message,
      selection: this.view.selection.map((n) => n.id),
      visible: this.view.visible,
    };
  }

  /** The tree as plain data. */
  data(): OutlineItemData[] {
    const plain = (n: OutlineNode): OutlineItemData => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      ...(n.description !== undefined ? { description: n.description } : {}),
      contextValue: n.contextValue,
      ...(n.span !== undefined ? { span: { start: n.span.start, end: n.span.end } } : {}),
      ...(n.entity !== undefined ? { entity: n.entity } : {}),
      ...(n.quote !== undefined ? { quote: n.quote } : {}),
      ...(n.correction !== undefined ? { correction: n.correction } : {}),
      ...(n.tooltip !== undefined ? { tooltip: n.tooltip } : {}),
      children: n.children.map(plain),
    });
    return this.roots.map(plain);
  }

  /** Shows the given article (or the active one) and waits for its annotations. */
  async show(document: vscode.TextDocument): Promise<void> {
    if (this.document !== document) {
      this.document = document;
      this.rebuild(true);
    }
    await this.store.get(document);
    if (this.document === document) this.rebuild(true);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isArticle(editor.document) || editor.document === this.document) return;
    this.document = editor.document;
    this.rebuild();
  }

  private followCursor(e: vscode.TextEditorSelectionChangeEvent): void {
    if (e.textEditor.document !== this.document || !this.view.visible) return;
    if (!getSettings(e.textEditor.document).followCursor) return;
    if (this.revealTimer) clearTimeout(this.revealTimer);
    this.revealTimer = setTimeout(() => this.revealAt(e.textEditor), 150);
  }

  /** Selects the item at the editor's cursor: a mention, else the quote around it. */
  nodeAt(offset: number): OutlineNode | undefined {
    let best: OutlineNode | undefined;
    const visit = (nodes: OutlineNode[], groups: string[]): void => {
      for (const n of nodes) {
        if (n.kind === 'group') {
          if (groups.includes(n.contextValue)) visit(n.children, groups);
          continue;
        }
        if (n.span && n.span.start <= offset && offset <= n.span.end && n.kind !== 'speaker' && n.kind !== 'person' && n.kind !== 'country' && n.kind !== 'organization') {
          if (!best || n.span.end - n.span.start < best.span!.end - best.span!.start) best = n;
        }
        visit(n.children, groups);
      }
    };
    visit(this.roots, ['group.quotes']);
    const quote = best;
    best = undefined;
    visit(this.roots, ['group.people', 'group.countries', 'group.organizations']);
    return best ?? quote;
  }

  private revealAt(editor: vscode.TextEditor): void {
    if (editor.document !== this.document || !this.view.visible) return;
    const node = this.nodeAt(editor.document.offsetAt(editor.selection.active));
    if (node) void Promise.resolve(this.view.reveal(node, { select: true, focus: false, expand: false })).catch(() => undefined);
  }

  /**
   * Takes the article's current annotations. The badge and description always follow; the items
   * are built only while the view is visible (or when asked to), so a hidden view costs nothing.
   */
  private rebuild(force = false): void {
    const document = this.document;
    const annotations = document ? this.store.peek(document) : undefined;
    if (document && !annotations) void this.store.get(document);
    const quotes = annotations?.quotes.length ?? 0;
    this.view.badge = quotes ? { value: quotes, tooltip: `${plural(quotes, 'quote')} in this article` } : undefined;
    this.view.description = document ? basename(document.uri) : undefined;
    if (!force && !this.view.visible) {
      this.stale = true;
      return;
    }
    if (!this.stale && annotations === this.annotations && this.built === document) return;
    this.stale = false;
    this.annotations = annotations;
    this.built = document;
    this.roots = annotations && document ? buildOutline(annotations, document, this.store.corrections(document)) : [];
    this.updateMessage();
    this.changeEmitter.fire(undefined);
  }

  private updateMessage(): void {
    const document = this.document;
    if (!document) {
      // the welcome content (contributes.viewsWelcome) shows instead
      this.view.message = undefined;
      return;
    }
    const state = this.store.state(document);
    if (state.kind === 'tooLarge') this.view.message = `This article is larger than ${state.limitKB} KB and was not annotated. Run “News: Annotate Anyway” to annotate it.`;
    else if (state.kind === 'excluded') this.view.message = `This article matches the exclude pattern ${state.pattern}. Run “News: Annotate Document” to annotate it.`;
    else if (state.kind === 'error') this.view.message = `Annotation failed: ${state.message}`;
    else if (this.annotations && this.roots.every((r) => r.children.length === 0)) this.view.message = 'No speakers, quotes or countries found in this article.';
    else this.view.message = undefined;
  }

  private icon(node: OutlineNode): vscode.TreeItem['iconPath'] {
    const svg = (name: string) => ({
      light: vscode.Uri.joinPath(this.media, 'light', `${name}.svg`),
      dark: vscode.Uri.joinPath(this.media, 'dark', `${name}.svg`),
    });
    switch (node.kind) {
      case 'speaker':
      case 'person':
        return svg('speaker');
      case 'quote':
        return svg('quote');
      case 'country':
        return svg('country');
      case 'organization':
        return new vscode.ThemeIcon('organization');
      case 'correction':
        if (node.contextValue === 'correction.orphaned') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        if (node.contextValue === 'correctionsError') return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
        return new vscode.ThemeIcon('edit');
      default:
        return undefined;
    }
  }

  dispose(): void {
    if (this.revealTimer) clearTimeout(this.revealTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The items of the Corrections group: an invalid sidecar, then each correction in the sidecar's order. */
function correctionNodes(state: CorrectionsState | undefined, lineOf: (offset: number) => number): OutlineNode[] {
  if (!state) return [];
  const nodes: OutlineNode[] = [];
  if (state.error !== undefined && state.sidecar) {
    nodes.push({
      id: 'corrections/!invalid',
      kind: 'correction',
      label: `${basename(state.sidecar)} is not used`,
      description: state.error,
      contextValue: 'correctionsError',
      tooltip: `The corrections file ${basename(state.sidecar)} is ${state.error}. Its corrections are not applied and it is not overwritten until fixed. Click to open it.`,
      open: state.sidecar,
      children: [],
    });
  }
  for (const info of state.corrections) {
    const c = info.correction;
    const orphan = info.orphan;
    nodes.push({
      id: `corrections/${c.id}`,
      kind: 'correction',
      label: truncate(info.description, 90),
      description: orphan ? (orphan.reason === 'text-not-found' ? 'orphaned · text gone' : 'orphaned · nothing to correct') : info.target ? `line ${lineOf(info.target.start)}` : undefined,
      contextValue: orphan ? 'correction.orphaned' : 'correction',
      span: orphan ? undefined : (info.target ?? undefined),
      correction: c.id,
      tooltip: orphan
        ? `Orphaned: ${orphan.message}.\nIt is kept in the corrections file until you remove it (or the text comes back).`
        : `${info.description}${c.note ? `\nNote: ${c.note}` : ''}\nCorrection ${c.id}${c.created ? `, made ${c.created}` : ''}`,
      children: [],
    });
  }
  return nodes;
}

export function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/** Builds the outline of one article from its annotations (and the corrections applied to them). */
export function buildOutline(a: Annotations, document: vscode.TextDocument, corrections?: CorrectionsState): OutlineNode[] {
  const index = indexOf(a);
  const line = (s: TextSpan): number => document.positionAt(s.start).line + 1;
  const spanOf = (s: TextSpan) => ({ start: s.start, end: s.end });
  const quoteNode = (q: (typeof a.quotes)[number], prefix: string, description: string | undefined): OutlineNode => ({
    id: `${prefix}/${q.id}`,
    kind: 'quote',
    label: `“${truncate(quoteInner(q.text), PREVIEW)}”`,
    description,
    contextValue: 'quote',
    span: spanOf(q),
    quote: q.id,
    children: [],
  });
  const mentionNode = (prefix: string, s: TextSpan, i: number, of: 'person' | 'organization' | 'country', what?: string): OutlineNode => ({
    id: `${prefix}/m${i}`,
    kind: 'mention',
    label: truncate(s.text, PREVIEW),
    description: `line ${line(s)}${what ? ` · ${what}` : ''}`,
    contextValue: `mention.${of}`,
    span: spanOf(s),
    children: [],
  });

  const speakers: OutlineNode[] = index.speakers.map((sp) => {
    const quotes = index.quotesBySpeaker.get(sp.id) ?? [];
    return {
      id: `speakers/${sp.id}`,
      kind: 'speaker',
      label: sp.name,
      description: [sp.role, plural(quotes.length, 'quote')].filter(Boolean).join(' · '),
      contextValue: sp.kind === 'organization' ? 'speaker.organization' : 'speaker',
      span: sp.mentions[0] ? spanOf(sp.mentions[0]) : quotes[0] ? spanOf(quotes[0]) : undefined,
      entity: sp.id,
      children: quotes.map((q) => quoteNode(q, `speakers/${sp.id}`, q.cue?.text)),
    };
  });
  const people: OutlineNode[] = a.people.map((p) => ({
    id: `people/${p.id}`,
    kind: 'person',
    label: p.name,
    description: [p.role, plural(p.mentions.length, 'mention')].filter(Boolean).join(' · '),
    contextValue: 'person',
    span: p.mentions[0] ? spanOf(p.mentions[0]) : undefined,
    entity: p.id,
    children: p.mentions.map((m, i) => mentionNode(`people/${p.id}`, m, i, 'person')),
  }));
  const organizations: OutlineNode[] = a.organizations
    .filter((o) => o.mentions.length > 0 || index.isSpeaker(o.id))
    .map((o) => ({
      id: `organizations/${o.id}`,
      kind: 'organization',
      label: o.name,
      description: plural(o.mentions.length, 'mention'),
      contextValue: 'organization',
      span: o.mentions[0] ? spanOf(o.mentions[0]) : undefined,
      entity: o.id,
      children: o.mentions.map((m, i) => mentionNode(`organizations/${o.id}`, m, i, 'organization')),
    }));
  const countries: OutlineNode[] = a.countries.map((c) => {
    const all = [...c.mentions.map((m) => ({ span: m as TextSpan, what: m.form === 'name' ? undefined : m.form })), ...c.metonyms.map((m) => ({ span: m, what: 'metonym' }))];
    all.sort((x, y) => x.span.start - y.span.start);
    return {
      id: `countries/${c.code}`,
      kind: 'country',
      label: `${c.flag} ${c.name}`,
      description: plural(c.mentions.length, 'mention') + (c.metonyms.length ? ` · ${plural(c.metonyms.length, 'metonym')}` : ''),
      contextValue: 'country',
      span: all[0] ? spanOf(all[0].span) : undefined,
      entity: c.code,
      children: all.map((m, i) => mentionNode(`countries/${c.code}`, m.span, i, 'country', m.what)),
    };
  });
  const quotes: OutlineNode[] = a.quotes.map((q) => quoteNode(q, 'quotes', index.speaker(q.speaker)?.name ?? 'unattributed'));

  const group = (key: string, label: string, children: OutlineNode[], expanded: boolean): OutlineNode => ({
    id: `group.${key}`,
    kind: 'group',
    label,
    description: String(children.length),
    contextValue: `group.${key}`,
    children,
    expanded,
  });
  const roots = [
    group('speakers', 'Speakers', speakers, true),
    group('people', 'People', people, false),
    ...(organizations.length ? [group('organizations', 'Organisations', organizations, false)] : []),
    group('countries', 'Countries', countries, false),
    group('quotes', 'Quotes', quotes, false),
  ];
  const fixes = correctionNodes(corrections, (offset) => document.positionAt(offset).line + 1);
  if (fixes.length) {
    const orphaned = fixes.filter((n) => n.contextValue === 'correction.orphaned').length;
    const listed = fixes.filter((n) => n.kind === 'correction' && n.contextValue !== 'correctionsError').length;
    roots.push({
      ...group('corrections', 'Corrections', fixes, orphaned > 0 || !!corrections?.error),
      description: orphaned ? `${listed} · ${orphaned} orphaned` : String(listed),
    });
  }
  const link = (parent: OutlineNode): void => {
    for (const child of parent.children) {
      child.parent = parent;
      link(child);
    }
  };
  roots.forEach(link);
  return roots;
}
