/**
 * npm run demo — a real VS Code (code-server) in the browser, with News Annotator installed from
 * its packaged .vsix and a sample article open. Prints the address to open; Ctrl+C stops it.
 * Options: --port N (default: a free port), --file samples/<name>.md (default: the harbour summit).
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { remoteUri, startCodeServer, workbenchUrl } from './vscode/code-server';
import { ensureInstalled, MissingPrerequisiteError, repoRoot } from './vscode/install';
import { packageVsix } from './vscode/package-vsix';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const samples = path.join(repoRoot, 'samples');
  const file = path.resolve(repoRoot, option('--file') ?? path.join('samples', 'harbour-summit.md'));
  if (!existsSync(file)) throw new Error(`no such article: ${path.relative(repoRoot, file)}`);
  const folder = file.startsWith(samples + path.sep) ? samples : path.dirname(file);

  console.log('[demo] installing or checking code-server (first run: a few minutes)…');
  const installed = await ensureInstalled();
  console.log('[demo] packaging the extension…');
  const vsix = packageVsix();
  const server = await startCodeServer({
    installed,
    installExtensions: [vsix],
    port: option('--port') ? Number(option('--port')) : undefined,
    settings: { 'workbench.colorTheme': 'Default Light Modern' },
  });
  const url = workbenchUrl(server, folder, [['openFile', remoteUri(server, file)], ['skipWelcome', 'true']]);
  console.log(`\nNews Annotator is running in VS Code at:\n\n  ${url}\n\nOpen it in a browser (${path.relative(repoRoot, file)} opens with it). Ctrl+C stops the server.\n`);
  const stop = async (): Promise<void> => {
    console.log('\n[demo] stopping…');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => undefined);
}

main().catch((e) => {
  console.error(e instanceof MissingPrerequisiteError ? `[demo] ${e.message}` : e);
  process.exit(1);
});
