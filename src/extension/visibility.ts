/**
 * The show/hide toggle: one flag for all decorations and hovers, mirrored in the
 * `newsAnnotator.visible` context key and remembered across restarts in global state.
 */
import * as vscode from 'vscode';

const STATE_KEY = 'newsAnnotator.visible';
export const VISIBLE_CONTEXT_KEY = 'newsAnnotator.visible';

export class Visibility implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<boolean>();
  readonly onDidChange = this.emitter.event;
  private value: boolean;

  constructor(private readonly memento: vscode.Memento) {
    this.value = memento.get<boolean>(STATE_KEY, true) !== false;
    void vscode.commands.executeCommand('setContext', VISIBLE_CONTEXT_KEY, this.value);
  }

  get visible(): boolean {
    return this.value;
  }

  async set(visible: boolean): Promise<void> {
    if (visible === this.value) return;
    this.value = visible;
    this.emitter.fire(visible);
    await Promise.all([this.memento.update(STATE_KEY, visible), vscode.commands.executeCommand('setContext', VISIBLE_CONTEXT_KEY, visible)]);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
