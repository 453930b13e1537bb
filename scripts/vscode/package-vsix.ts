/**
 * Packages the extension as a .vsix with @vscode/vsce (offline), the way it would be published:
 * `npm run build:prod` (minified bundle in dist/), then `vsce package` into out/vsix/.
 * vsce walks every file under the folder it packages (and this one holds node_modules and the
 * code-server cache), so the project is first copied without those into out/vsix/stage/; that copy
 * also keeps a concurrent `npm run build` from changing dist/ while it is packed.
 * Usage: npx tsx scripts/vscode/package-vsix.ts   → prints the .vsix path.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build-tests';
import { cacheDir } from './install';

/** Top-level folders never copied to the staging folder (dependencies, caches, outputs, VCS). */
const NOT_STAGED = new Set(['node_modules', '.git', '.vscode-test', 'out', 'test-results', 'coverage', '.eval', '.bench']);

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

/** Markdown with each image `![alt](relative/path)` replaced by its alternative text, in italics. */
export function withoutImages(markdown: string): string {
  return markdown.replace(/!\[([^\]\n]*)\]\((?![a-z]+:)[^)\s]+\)/g, (_, alt: string) => `*Screenshot: ${alt}.*`);
}

export function packageVsix(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
  const outDir = path.join(repoRoot, 'out', 'vsix');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const vsix = path.join(outDir, `${pkg.name}-${pkg.version}.vsix`);

  const build = spawnSync('npm', ['run', '--silent', 'build:prod'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build:prod failed (exit ${build.status})`);

  const stage = path.join(outDir, 'stage');
  for (const entry of readdirSync(repoRoot)) {
    const src = path.join(repoRoot, entry);
    if (NOT_STAGED.has(entry) || src === cacheDir) continue;
    cpSync(src, path.join(stage, entry), { recursive: true, filter: (f) => !f.startsWith(cacheDir) });
  }

  // vsce refuses relative images in a README when the manifest names no repository to resolve
  // them against: the packaged README says in words what each screenshot shows instead.
  const readme = path.join(stage, 'README.md');
  if (!pkg.repository && existsSync(readme)) writeFileSync(readme, withoutImages(readFileSync(readme, 'utf8')));

  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const ignoreFile = existsSync(path.join(stage, '.vscodeignore')) ? '.vscodeignore' : writeIgnoreFile(pkg, outDir);
  const args = [vsce, 'package', '--no-dependencies', '--no-update-package-json', '--ignoreFile', ignoreFile, '--out', vsix];
  if (!pkg.repository) args.push('--allow-missing-repository');
  if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => existsSync(path.join(repoRoot, f)))) args.push('--skip-license');
  const r = spawnSync(process.execPath, args, { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
  if (r.status !== 0 || !existsSync(vsix)) {
    throw new Error(`vsce package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  rmSync(stage, { recursive: true, force: true });
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
