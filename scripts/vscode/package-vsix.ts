/**
 * Packages the extension as a .vsix with @vscode/vsce (offline), the way it would be published:
 * `npm run build:prod` (minified bundle in dist/), then `vsce package` into out/vsix/.
 * Usage: npx tsx scripts/vscode/package-vsix.ts   → prints the .vsix path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build-tests';

interface Manifest {
  name: string;
  version: string;
  repository?: unknown;
  main?: string;
  browser?: string;
}

/**
 * Without a .vscodeignore of the project's own, the .vsix holds only the manifest's entry bundles
 * (main, browser), the docs and the asset folders; vsce lets any "!" line win, so the list is
 * written from package.json.
 */
function writeIgnoreFile(pkg: Manifest, dir: string): string {
  const entries = [pkg.main, pkg.browser]
    .filter((e): e is string => !!e)
    .map((e) => path.posix.normalize(e.replace(/^\.\//, '')))
    .map((e) => (path.posix.extname(e) ? e : `${e}.js`));
  const lines = [
    '**',
    ...entries.map((e) => `!${e}`),
    ...['package.json', 'package.nls*.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => `!${f}`),
    ...['media', 'images', 'icons', 'resources', 'assets', 'syntaxes', 'schemas', 'l10n'].map((d) => `!${d}/**`),
    '**/*.map',
  ];
  const file = path.join(dir, '.vscodeignore');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export function packageVsix(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
  const outDir = path.join(repoRoot, 'out', 'vsix');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const vsix = path.join(outDir, `${pkg.name}-${pkg.version}.vsix`);

  const build = spawnSync('npm', ['run', '--silent', 'build:prod'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build:prod failed (exit ${build.status})`);

  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const ignoreFile = existsSync(path.join(repoRoot, '.vscodeignore')) ? '.vscodeignore' : writeIgnoreFile(pkg, outDir);
  const args = [vsce, 'package', '--no-dependencies', '--no-update-package-json', '--ignoreFile', ignoreFile, '--out', vsix];
  if (!pkg.repository) args.push('--allow-missing-repository');
  if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => existsSync(path.join(repoRoot, f)))) args.push('--skip-license');
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
  if (r.status !== 0 || !existsSync(vsix)) {
    throw new Error(`vsce package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return vsix;
}

if (require.main === module) {
  try {
    console.log(packageVsix());
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
