/**
 * Typed access to the `newsAnnotator.*` settings. Every setting is resource-scoped, so it is
 * always read for a particular document.
 */
import * as vscode from 'vscode';
import { SPLIT_CHOICES, type SplitChoice } from '../core/split-choice';

/** When a document of several articles (each under a level-1 heading) is annotated article by article. */
export type SplitArticles = SplitChoice;

export const SECTION = 'newsAnnotator';

/** The kinds of text the extension decorates, each with its own style and setting. */
export type DecorationKind = 'speaker' | 'person' | 'quote' | 'country' | 'metonym';
export const DECORATION_KINDS: readonly DecorationKind[] = ['speaker', 'person', 'quote', 'country', 'metonym'];

/** What a quote shows after its closing mark. */
export type SpeakerLabel = 'off' | 'name' | 'nameAndRole';

export interface Settings {
  /** Delay after the last keystroke before a document is annotated again. */
  readonly debounceMs: number;
  /** Documents larger than this (in KB of UTF-8) are not annotated automatically. */
  readonly maxDocumentSizeKB: number;
  /** Glob patterns of documents that are never annotated automatically. */
  readonly exclude: readonly string[];
  readonly decorations: Readonly<Record<DecorationKind, boolean>>;
  readonly speakerLabel: SpeakerLabel;
  readonly hoverEnabled: boolean;
  readonly hoverMaxQuotes: number;
  readonly statusBarEnabled: boolean;
  readonly followCursor: boolean;
  readonly splitArticles: SplitArticles;
}

const KIND_SETTING: Record<DecorationKind, string> = {
  speaker: 'decorations.speakers',
  person: 'decorations.people',
  quote: 'decorations.quotes',
  country: 'decorations.countries',
  metonym: 'decorations.metonyms',
};

function num(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

export function getSettings(scope?: vscode.ConfigurationScope | null): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const decorations = {} as Record<DecorationKind, boolean>;
  for (const kind of DECORATION_KINDS) decorations[kind] = c.get<boolean>(KIND_SETTING[kind], true) !== false;
  const label = c.get<string>('decorations.quoteSpeaker', 'name');
  const exclude = c.get<unknown>('exclude', []);
  const split = c.get<string>('splitArticles', 'auto');
  return {
    debounceMs: num(c.get('debounce'), 300, 0, 10_000),
    maxDocumentSizeKB: num(c.get('maxDocumentSizeKB'), 2048, 0, Number.MAX_SAFE_INTEGER),
    exclude: Array.isArray(exclude) ? exclude.filter((g): g is string => typeof g === 'string' && g.length > 0) : [],
    decorations,
    speakerLabel: label === 'off' || label === 'nameAndRole' ? label : 'name',
    hoverEnabled: c.get<boolean>('hover.enabled', true) !== false,
    hoverMaxQuotes: num(c.get('hover.maxQuotes'), 3, 0, 50),
    statusBarEnabled: c.get<boolean>('statusBar.enabled', true) !== false,
    followCursor: c.get<boolean>('outline.followCursor', true) !== false,
    splitArticles: (SPLIT_CHOICES as readonly string[]).includes(split) ? (split as SplitArticles) : 'auto',
  };
}

export function affectsSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}
