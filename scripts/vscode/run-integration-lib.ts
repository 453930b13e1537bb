/** Pieces shared by the integration launchers. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './build-tests';
import { HarnessError } from './code-server';

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'articles');

/** `npm run build` (the extension bundle in dist/), unless NEWS_SKIP_BUILD is set. */
export function buildExtension(): void {
  if (process.env.NEWS_SKIP_BUILD) return;
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new HarnessError(`npm run build failed (exit ${r.status})`);
}
