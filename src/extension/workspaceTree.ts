/**
 * The "Workspace" view of the News container: Speakers across the workspace's articles (merged by
 * canonical name) → articles → quotes (clicking one opens the file at the quote); Countries with
 * their mention counts → articles; and the articles whose corrections no longer all apply. The
 * view's description shows the filter (by file or folder) and the number of articles.
 */
import * as vscode from 'vscode';
import type { WorkspaceSummary } from '../core/summary';
import { plural, quoteInner, truncate } from './present';
import type { WorkspaceIndex } from './workspaceIndex';

export type WorkspaceNodeKind = 'group' | 'speaker' | 'country' | 'article' | 'quote';

export interface WorkspaceNode {
  readonly id: string;
  readonly kind: WorkspaceNodeKind;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  /** `group.speakers`, `group.countries`, `group.orphans`, `speaker`, `speaker.organization`, `country`, `article`, `quote`. */
  readonly contextValue: string;
  /** The article (workspace-relative path) an article or quote item belongs to. */
  readonly file?: string;
  /** The quote's offsets in its article. */
  readonly span?: { start: number; end: number };
  readonly children: WorkspaceNode[];
  readonly expanded?: boolean;
}

/** A workspace item as plain data, for the API. */
export interface WorkspaceItemData {
  id: string;
  kind: WorkspaceNodeKind;
  label: string;
  description?: string;
  contextValue: string;
  file?: string;
  span?: { start: number; end: number };
  /** What clicking the item runs. */
  command?: { command: string; arguments: unknown[] };
  children: WorkspaceItemData[];
}

/** The workspace view's state, for the API. */
export interface WorkspaceViewInfo {
  /** Whether the workspace has been annotated. */
  annotated: boolean;
  /** Every indexed article's path. */
  articles: string[];
  /** The paths the filter lets through. */
  shown: string[];
  filter: string | undefined;
  description: string | undefined;
  message: string | undefined;
  /** Incremental updates done so far. */
  updates: number;
}

export class WorkspaceTreeProvider implements vscode.TreeDataProvider<WorkspaceNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<WorkspaceNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly view: vscode.TreeView<WorkspaceNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private roots: WorkspaceNode[] = [];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly media: vscode.Uri,
  ) {
    this.view = vscode.window.createTreeView('newsAnnotator.workspace', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, this.changeEmitter, index.onDidChange(() => this.rebuild()));
    this.rebuild();
  }

  private commandOf(node: WorkspaceNode): { command?: { command: string; arguments: unknown[] } } {
    const command = this.getTreeItem(node).command;
    return command ? { command: { command: command.command, arguments: command.arguments ?? [] } } : {};
  }

  getTreeItem(node: WorkspaceNode): vscode.TreeItem {
    const state =
      node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.contextValue = node.contextValue;
    if (node.tooltip) item.tooltip = node.tooltip;
    const article = node.file ? this.index.article(node.file) : undefined;
    if (node.kind === 'article' && article) {
      item.resourceUri = article.uri;
      item.iconPath = vscode.ThemeIcon.File;
      item.command = { command: 'vscode.open', title: 'Open', arguments: [article.uri] };
    } else if (node.kind === 'quote' && article && node.span) {
      item.iconPath = this.svg('quote');
      item.command = { command: 'newsAnnotator.reveal', title: 'Go to Quote', arguments: [article.uri.toString(), node.span.start, node.span.end] };
    } else if (node.kind === 'speaker') {
      item.iconPath = node.contextValue === 'speaker.organization' ? new vscode.ThemeIcon('organization') : this.svg('speaker');
    } else if (node.kind === 'country') {
      item.iconPath = this.svg('country');
    } else if (node.contextValue === 'group.orphans') {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    }
    return item;
  }

  getChildren(node?: WorkspaceNode): WorkspaceNode[] {
    return node ? node.children : this.roots;
  }

  /** The tree as plain data. */
  data(): WorkspaceItemData[] {
    const plain = (n: WorkspaceNode): WorkspaceItemData => ({
      ...this.commandOf(n),
      id: n.id,
      kind: n.kind,
      label: n.label,
      ...(n.description !== undefined ? { description: n.description } : {}),
      contextValue: n.contextValue,
      ...(n.file !== undefined ? { file: n.file } : {}),
      ...(n.span !== undefined ? { span: n.span } : {}),
      children: n.children.map(plain),
    });
    return this.roots.map(plain);
  }

  info(): WorkspaceViewInfo {
    return {
      annotated: this.index.isBuilt,
      articles: this.index.all().map((a) => a.file),
      shown: this.index.shown().map((a) => a.file),
      filter: this.index.filter,
      description: this.view.description,
      message: this.view.message,
      updates: this.index.updateCount,
    };
  }

  private rebuild(): void {
    const filter = this.index.filter;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.workspaceFiltered', filter !== undefined);
    if (!this.index.isBuilt) {
      this.roots = [];
      this.view.description = filter ? `filter: ${filter}` : undefined;
      this.view.message = undefined;
      this.changeEmitter.fire(undefined);
      return;
    }
    const summary = this.index.summary();
    const total = this.index.all().length;
    this.roots = buildWorkspaceTree(summary);
    this.view.description = filter ? `${filter} · ${summary.articles} of ${plural(total, 'article')}` : plural(total, 'article');
    const report = this.index.report;
    if (total === 0) this.view.message = 'No Markdown articles in this workspace (see the setting newsAnnotator.exclude).';
    else if (filter && summary.articles === 0) this.view.message = `No article matches the filter ${filter}.`;
    else if (report?.cancelled) this.view.message = `Annotation was cancelled: ${plural(total, 'article')} so far. Run “News: Annotate Workspace” to finish.`;
    else if (summary.quotes === 0 && summary.countries.length === 0) this.view.message = 'No quotes or countries found in these articles.';
    else this.view.message = undefined;
    this.view.badge = undefined;
    this.changeEmitter.fire(undefined);
  }

  private svg(name: string): { light: vscode.Uri; dark: vscode.Uri } {
    return { light: vscode.Uri.joinPath(this.media, 'light', `${name}.svg`), dark: vscode.Uri.joinPath(this.media, 'dark', `${name}.svg`) };
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

const basename = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const folder = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : undefined);

/** Builds the workspace tree from a summary. */
export function buildWorkspaceTree(s: WorkspaceSummary): WorkspaceNode[] {
  const speakers: WorkspaceNode[] = s.speakers.map((sp) => {
    const id = `speakers/${sp.type}:${sp.name}`;
    return {
      id,
      kind: 'speaker',
      label: sp.name,
      description: `${plural(sp.quotes, 'quote')} · ${plural(sp.articles.length, 'article')}`,
      tooltip: [sp.name, sp.type === 'organization' ? 'organisation' : sp.roles.join('; ')].filter(Boolean).join(' — '),
      contextValue: sp.type === 'organization' ? 'speaker.organization' : 'speaker',
      children: sp.articles.map((art) => ({
        id: `${id}/${art.file}`,
        kind: 'article',
        label: basename(art.file),
        description: [folder(art.file), plural(art.quotes.length, 'quote')].filter(Boolean).join(' · '),
        contextValue: 'article',
        file: art.file,
        children: art.quotes.map((q, i) => ({
          id: `${id}/${art.file}/${i}`,
          kind: 'quote',
          label: `“${truncate(quoteInner(q.text), 60)}”`,
          contextValue: 'quote',
          file: art.file,
          span: { start: q.start, end: q.end },
          children: [],
        })),
      })),
    };
  });
  const countries: WorkspaceNode[] = s.countries.map((c) => ({
    id: `countries/${c.code}`,
    kind: 'country',
    label: `${c.flag} ${c.name}`,
    description: `${plural(c.mentions, 'mention')} · ${plural(c.articles.length, 'article')}`,
    contextValue: 'country',
    children: c.articles.map((art) => ({
      id: `countries/${c.code}/${art.file}`,
      kind: 'article',
      label: basename(art.file),
      description: [folder(art.file), plural(art.mentions, 'mention')].filter(Boolean).join(' · '),
      contextValue: 'article',
      file: art.file,
      children: [],
    })),
  }));
  const roots: WorkspaceNode[] = [
    { id: 'group.speakers', kind: 'group', label: 'Speakers', description: String(speakers.length), contextValue: 'group.speakers', children: speakers, expanded: true },
    { id: 'group.countries', kind: 'group', label: 'Countries', description: String(countries.length), contextValue: 'group.countries', children: countries, expanded: true },
  ];
  if (s.orphans.length) {
    const total = s.orphans.reduce((n, o) => n + o.count, 0);
    roots.push({
      id: 'group.orphans',
      kind: 'group',
      label: 'Orphaned Corrections',
      description: String(total),
      tooltip: 'Corrections whose text is no longer in their article: open the article to review or remove them.',
      contextValue: 'group.orphans',
      expanded: true,
      children: s.orphans.map((o) => ({
        id: `orphans/${o.file}`,
        kind: 'article',
        label: basename(o.file),
        description: [folder(o.file), plural(o.count, 'orphaned correction')].filter(Boolean).join(' · '),
        contextValue: 'article',
        file: o.file,
        children: [],
      })),
    });
  }
  return roots;
}
