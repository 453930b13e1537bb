/** Pieces shared by the integration launchers. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, webExtensionDir } from './build-tests';
import { HarnessError } from './code-server';

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'articles');

/** `npm run build` (the extension bundle in dist/), unless NEWS_SKIP_BUILD is set. */
export function buildExtension(): void {
  if (process.env.NEWS_SKIP_BUILD) return;
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new HarnessError(`npm run build failed (exit ${r.status})`);
}

/**
 * The extension as the web suite loads it: the manifest with `"extensionKind": ["web"]` and no
 * `main`, the `browser` bundle and the assets, in out/test/web-extension/. VS Code's web workbench
 * reads the payload's extensionDevelopmentKind but, in 1.139, does not apply it to the extension
 * under development (its browser environment service exposes it under another name), so the kind
 * comes from the manifest instead: a web-only extension runs in the web worker extension host,
 * the host of vscode.dev and github.dev. Call after the build; the suite goes into its test/ folder
 * (VS Code runs a test module in the host of the extension that contains it).
 */
export function stageWebExtension(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (typeof pkg.browser !== 'string') throw new HarnessError('package.json has no "browser" entry');
  rmSync(webExtensionDir, { recursive: true, force: true });
  mkdirSync(webExtensionDir, { recursive: true });
  delete pkg.main;
  pkg.extensionKind = ['web'];
  writeFileSync(path.join(webExtensionDir, 'package.json'), JSON.stringify(pkg, null, 2));
  const browserDir = path.dirname(path.posix.normalize(pkg.browser));
  for (const entry of [browserDir, 'media', 'syntaxes', 'schemas', 'LICENSE']) {
    cpSync(path.join(repoRoot, entry), path.join(webExtensionDir, entry), { recursive: true });
  }
  return webExtensionDir;
}
