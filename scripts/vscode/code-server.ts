/**
 * Starts code-server (VS Code's server + web workbench) and a headless Chromium on it, for the
 * integration and end-to-end tests. Every run gets its own port, user-data, extensions, XDG and
 * TMP folders; the server runs in its own process group, which stop() kills.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream, type WriteStream } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Installed } from './install';

export class HarnessError extends Error {}

export interface CodeServerOptions {
  installed: Installed;
  /** Honour extensionDevelopmentPath/extensionTestsPath from the workbench payload. */
  smokeTestDriver?: boolean;
  /** .vsix files to install into the run's extensions folder before the server starts. */
  installExtensions?: string[];
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  startTimeoutMs?: number;
  /** Loopback port to listen on (default: a free one). */
  port?: number;
}

export interface CodeServer {
  port: number;
  origin: string;
  /** The run's scratch folder (removed by stop()). */
  runDir: string;
  /** The server's combined stdout/stderr, for messages on failure. */
  output(): string;
  stop(): Promise<void>;
}

export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves when `check` returns true, rejects with `message` after `timeoutMs`. */
export async function until(message: string, check: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new HarnessError(`${message} (after ${timeoutMs} ms)`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

const live = new Set<ChildProcess>();
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
/** Scratch folders of servers not stopped yet. */
const liveDirs = new Set<string>();
function cleanUpNow(): void {
  for (const c of live) killGroup(c, 'SIGKILL');
  if (!process.env.NEWS_KEEP_RUN_DIR) for (const d of liveDirs) rmSync(d, { recursive: true, force: true, maxRetries: 3 });
  liveDirs.clear();
}
// Last resort: never leave a server or its scratch folder behind, even when the runner exits
// abruptly or is interrupted.
process.on('exit', cleanUpNow);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(sig, () => {
    cleanUpNow();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

function serverEnv(runDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm_|VSCODE_)/i.test(k) && k !== 'NODE_OPTIONS') env[k] = v;
  const dirs = { XDG_CONFIG_HOME: 'xdg-config', XDG_DATA_HOME: 'xdg-data', XDG_CACHE_HOME: 'xdg-cache', TMPDIR: 'tmp' };
  for (const [k, d] of Object.entries(dirs)) {
    const p = path.join(runDir, d);
    mkdirSync(p, { recursive: true });
    env[k] = p;
  }
  env.EXTENSIONS_GALLERY = '{}';
  return env;
}

function runToEnd(node: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    let out = '';
    child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new HarnessError(`${what} did not finish within ${timeoutMs} ms:\n${tail(out)}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      live.delete(child);
      if (code === 0) resolve(out);
      else reject(new HarnessError(`${what} failed with exit ${code}:\n${tail(out)}`));
    });
  });
}

export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const { installed } = opts;
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'news-annotator-vscode-'));
  liveDirs.add(runDir);
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'window.restoreWindows': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...opts.settings,
  };
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const env = serverEnv(runDir);
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check'];

  for (const vsix of opts.installExtensions ?? []) {
    const started = Date.now();
    await runToEnd(installed.node, [installed.codeServerEntry, ...common, '--install-extension', vsix], env, 60000, `code-server --install-extension ${path.basename(vsix)}`);
    console.log(`[harness] installed ${path.basename(vsix)} in ${Date.now() - started} ms`);
  }

  const port = opts.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const configFile = path.join(runDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    installed.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    ...common,
    '--disable-workspace-trust',
    '--ignore-last-opened',
    '--config', configFile,
  ];
  if (opts.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');

  const logPath = path.join(runDir, 'code-server.log');
  const logStream: WriteStream = createWriteStream(logPath);
  let output = '';
  const child = spawn(installed.node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const onData = (b: Buffer) => {
    output += b.toString();
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
    logStream.write(b);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.on('close', () => {
      exited = true;
      live.delete(child);
      resolve();
    }),
  );

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const killTimer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, 8000))]);
    clearTimeout(killTimer);
    killGroup(child, 'SIGKILL');
    logStream.end();
    liveDirs.delete(runDir);
    if (!process.env.NEWS_KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    else console.log(`[harness] kept ${runDir}`);
  };

  const startTimeout = opts.startTimeoutMs ?? 30000;
  try {
    await until(
      'code-server did not answer /healthz',
      async () => {
        if (exited) throw new HarnessError(`code-server exited (code ${child.exitCode}) before it answered /healthz:\n${tail(output)}`);
        try {
          const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1000) });
          return res.ok;
        } catch {
          return false;
        }
      },
      startTimeout,
    );
  } catch (e) {
    await stop();
    if (e instanceof HarnessError && !e.message.includes('exited')) throw new HarnessError(`server did not start: ${e.message}\n${tail(output)}`);
    throw e;
  }
  return { port, origin, runDir, output: () => output, stop };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(installed: Installed, runDir: string): Promise<Browser> {
  const profile = path.join(runDir, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // Chromium's crash database and caches follow XDG: keep them in the run's folder, not in $HOME.
  for (const [k, d] of Object.entries({ XDG_CONFIG_HOME: 'xdg-config', XDG_CACHE_HOME: 'xdg-cache' })) {
    env[k] = path.join(runDir, d);
    mkdirSync(env[k], { recursive: true });
  }
  const context = await chromium.launchPersistentContext(profile, {
    env,
    executablePath: installed.chromium,
    headless: true,
    args: BROWSER_ARGS,
    viewport: { width: 1400, height: 900 },
    timeout: 30000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await Promise.race([context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10000))]);
    },
  };
}

/** URL of the workbench on `folder`, with an optional payload of [key, value] pairs. */
export function workbenchUrl(server: CodeServer, folder: string, payload: [string, string][] = []): string {
  const params = new URLSearchParams({ folder });
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${params.toString()}`;
}

/** A path on the server as a vscode-remote URI the workbench understands. */
export function remoteUri(server: CodeServer, absPath: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

export async function waitForWorkbench(page: Page, timeoutMs = 60000): Promise<void> {
  try {
    await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
  } catch (e) {
    throw new HarnessError(`workbench did not load within ${timeoutMs} ms: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}
