/**
 * The workspace view's commands: Annotate Workspace (with a cancellable progress notification),
 * Filter by File or Folder, and Clear Filter. Like the other commands they take scripted arguments
 * and return their result.
 */
import * as vscode from 'vscode';
import { plural } from './present';
import { relativePath, type WorkspaceIndex, type WorkspaceReport } from './workspaceIndex';

export const WORKSPACE_COMMANDS = {
  annotateWorkspace: 'newsAnnotator.annotateWorkspace',
  filterWorkspace: 'newsAnnotator.filterWorkspace',
  clearWorkspaceFilter: 'newsAnnotator.clearWorkspaceFilter',
} as const;

export class WorkspaceCommands {
  constructor(private readonly index: WorkspaceIndex) {}

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      vscode.commands.registerCommand(WORKSPACE_COMMANDS.annotateWorkspace, () => this.annotateWorkspace()),
      vscode.commands.registerCommand(WORKSPACE_COMMANDS.filterWorkspace, (filter: unknown) => this.filter(filter)),
      vscode.commands.registerCommand(WORKSPACE_COMMANDS.clearWorkspaceFilter, () => this.index.setFilter(undefined)),
    );
  }

  /** Annotates every article of the workspace; returns what was done. */
  async annotateWorkspace(): Promise<WorkspaceReport | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Open a folder to annotate its Markdown articles.');
      return undefined;
    }
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'News: annotating the workspace', cancellable: true },
      (progress, token) => this.index.annotateWorkspace(progress, token),
    );
    const s = this.index.summary();
    const parts = [`${plural(report.articles, 'article')}: ${plural(s.speakers.length, 'speaker')}, ${plural(s.quotes, 'quote')}, ${plural(s.countries.length, 'country', 'countries')}`];
    if (report.excluded) parts.push(`${report.excluded} excluded`);
    if (report.tooLarge.length) parts.push(`${report.tooLarge.length} over the size limit (${report.tooLarge.slice(0, 3).join(', ')}${report.tooLarge.length > 3 ? ', …' : ''})`);
    if (report.invalidSidecars.length) parts.push(`${plural(report.invalidSidecars.length, 'invalid corrections file')} ignored`);
    if (report.failed.length) parts.push(`${report.failed.length} could not be read`);
    const text = `${report.cancelled ? 'Cancelled after ' : ''}${parts.join('; ')}.`;
    void (report.failed.length || report.invalidSidecars.length ? vscode.window.showWarningMessage(text, 'Show') : vscode.window.showInformationMessage(text, 'Show')).then((choice) =>
      choice ? vscode.commands.executeCommand('newsAnnotator.workspace.focus') : undefined,
    );
    return report;
  }

  /**
   * Narrows the workspace view to a file or folder: a glob (over workspace-relative paths), a file
   * or folder URI, or picked (a folder of the articles, the active article, or a typed glob). An
   * empty string clears the filter. Returns the filter now in effect.
   */
  async filter(value: unknown): Promise<string | undefined> {
    let glob: string | undefined;
    if (typeof value === 'string') glob = value;
    else if (value instanceof vscode.Uri) glob = await globFor(value);
    else {
      type Item = vscode.QuickPickItem & { glob?: string; ask?: true };
      const folders = new Set<string>();
      for (const a of this.index.all()) for (let f = a.file; f.includes('/'); ) folders.add((f = f.slice(0, f.lastIndexOf('/'))));
      const active = vscode.window.activeTextEditor?.document;
      const items: Item[] = [
        ...(active?.languageId === 'markdown' && !active.isUntitled ? [{ label: `$(file) ${relativePath(active.uri)}`, description: 'the active article', glob: relativePath(active.uri) }] : []),
        ...[...folders].sort().map((f) => ({ label: `$(folder) ${f}`, description: 'folder', glob: `${f}/**` })),
        { label: '$(filter) Glob pattern…', description: 'for example news/2024/**', ask: true as const, alwaysShow: true },
      ];
      const pick = await vscode.window.showQuickPick(items, { title: 'Filter the Workspace View', placeHolder: 'Show the articles of a file or folder' });
      if (!pick) return this.index.filter;
      glob = pick.glob;
      if (pick.ask) {
        glob = await vscode.window.showInputBox({ title: 'Filter the Workspace View', prompt: 'A glob over paths relative to the workspace folder (empty: no filter)', value: this.index.filter ?? '' });
        if (glob === undefined) return this.index.filter;
      }
    }
    this.index.setFilter(glob);
    return this.index.filter;
  }
}

/** The filter of a file (its path) or a folder (everything under it). */
async function globFor(uri: vscode.Uri): Promise<string> {
  const path = relativePath(uri);
  const stat = await vscode.workspace.fs.stat(uri).then(
    (s) => s,
    () => undefined,
  );
  return stat && stat.type & vscode.FileType.Directory ? `${path}/**` : path;
}
