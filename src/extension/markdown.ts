/**
 * Safe Markdown for hovers and tooltips. Text from the document is untrusted: it is escaped so
 * that no Markdown, HTML, link, autolink or theme icon in a name or a quote can render as anything
 * but text. Links are only ever built here, to the extension's own commands, which are the only
 * commands a hover may run (an explicit allow-list, never `isTrusted: true`).
 */
import * as vscode from 'vscode';

/** Commands a hover link may run. */
export const HOVER_COMMANDS = [
  'newsAnnotator.reveal',
  'newsAnnotator.copyQuoteWithAttribution',
  'newsAnnotator.goToSpeakerQuotes',
  'newsAnnotator.nextMention',
  'newsAnnotator.removeCorrection',
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~^=:$]/g;
const HTML = /[&<>"']/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes document text for inline use in Markdown: Markdown punctuation (including `:` and `.`,
 * so that no bare URL or `command:` link is autolinked) is backslash-escaped, then HTML characters
 * become character references, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(HTML, (c) => HTML_ENTITIES[c]);
}

/** A Markdown link to one of the extension's own commands; `label` is escaped. */
export function commandLink(label: string, command: HoverCommand, args: unknown[], title?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  const tip = title ? ` "${title.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${uri}${tip})`;
}

/**
 * A Markdown string that may run only the allow-listed commands (all of them, or the few given)
 * and renders no HTML.
 */
export function safeMarkdown(value = '', commands: readonly HoverCommand[] = HOVER_COMMANDS): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = { enabledCommands: [...commands] };
  md.supportHtml = false;
  // `$(icon)` renders only where this file writes it: escaped text has `\$`
  md.supportThemeIcons = true;
  return md;
}
