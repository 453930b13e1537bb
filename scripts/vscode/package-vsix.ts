/**
 * Packages the extension as a .vsix with @vscode/vsce (offline), the way it would be published:
 * `npm run build:prod` (minified bundle in dist/), then `vsce package` into out/vsix/.
 * Usage: npx tsx scripts/vscode/package-vsix.ts   → prints the .vsix path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build-tests';

export function packageVsix(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string; repository?: unknown };
  const outDir = path.join(repoRoot, 'out', 'vsix');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const vsix = path.join(outDir, `${pkg.name}-${pkg.version}.vsix`);

  const build = spawnSync('npm', ['run', '--silent', 'build:prod'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build:prod failed (exit ${build.status})`);

  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const ignoreFile = existsSync(path.join(repoRoot, '.vscodeignore')) ? '.vscodeignore' : path.join('scripts', 'vscode', 'vscodeignore');
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
