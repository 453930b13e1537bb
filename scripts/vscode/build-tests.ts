/**
 * Compiles the integration suite for the extension host: test/integration/index.ts (with mocha
 * bundled in) and every test/integration/**\/*.test.ts, each to out/test/integration/<same path>.js
 * (CommonJS, `vscode` left external). Usage: npx tsx scripts/vscode/build-tests.ts
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const integrationOut = path.join(repoRoot, 'out', 'test', 'integration');
export const integrationIndex = path.join(integrationOut, 'index.js');

export async function buildIntegrationTests(): Promise<void> {
  rmSync(integrationOut, { recursive: true, force: true });
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['test/integration/index.ts', 'test/integration/**/*.test.ts'],
    outbase: 'test/integration',
    outdir: integrationOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}

if (require.main === module) {
  buildIntegrationTests().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
