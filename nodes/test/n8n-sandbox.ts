import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A real n8n (the cached install of scripts/n8n-install.mjs) with the built package loaded
 * the way a user installs it: package.json and dist/ only, copied into the user folder's
 * `.n8n/nodes/node_modules/n8n-nodes-handoff`. Workflows run headless through `n8n execute`.
 */

const repo = resolve(process.cwd());
const node24 = process.versions.node.startsWith('24.')
  ? process.execPath
  : join(repo, 'node_modules', 'node', 'bin', 'node');

export interface NodeRun {
  /** Items of each output of the node's first run. */
  outputs: Array<Array<{ json: Record<string, unknown> }>>;
  error?: { message: string };
}

export interface Execution {
  /** The runs of every node that ran, by node name. */
  nodes: Record<string, NodeRun>;
  error?: { message: string; node?: { name: string } };
  stderr: string;
}

function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number }) {
  const r = spawnSync(args[0], args.slice(1), {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...options,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Installs n8n into its cache when missing (about 5 minutes once) and returns the cache dir. */
export function ensureN8nInstalled(): string {
  const r = run([node24, join(repo, 'scripts', 'n8n-install.mjs')], { timeout: 20 * 60_000 });
  if (r.status !== 0) throw new Error(`n8n install failed:\n${r.stderr.slice(-3000)}`);
  return r.stdout.trim().split('\n').pop()!;
}

/** Builds the package (npm run build's script) into dist/. */
export function buildPackage(): void {
  const r = run([node24, join(repo, 'scripts', 'build.mjs')], { cwd: repo, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

export class N8nSandbox {
  readonly home: string;
  private readonly n8n: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(cacheDir: string) {
    this.home = mkdtempSync(join(tmpdir(), 'handoff-n8n-e2e-'));
    this.n8n = join(cacheDir, 'node_modules', 'n8n', 'bin', 'n8n');
    const pkg = join(this.home, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-handoff');
    mkdirSync(pkg, { recursive: true });
    cpSync(join(repo, 'package.json'), join(pkg, 'package.json'));
    cpSync(join(repo, 'dist'), join(pkg, 'dist'), { recursive: true });
    this.env = {
      PATH: process.env.PATH,
      HOME: this.home,
      N8N_USER_FOLDER: this.home,
      N8N_ENCRYPTION_KEY: 'handoff-e2e-test-key',
      N8N_DIAGNOSTICS_ENABLED: 'false',
      N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
      // n8n prints the execution through its logger at level info, so info it stays.
      N8N_LOG_LEVEL: 'info',
      // A port of its own, so a test run never collides with another n8n on this machine.
      N8N_RUNNERS_BROKER_PORT: String(20000 + Math.floor(Math.random() * 20000)),
      N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
      TZ: 'UTC',
    };
  }

  private cli(args: string[], timeout = 120_000) {
    return run([node24, this.n8n, ...args], { cwd: this.home, env: this.env, timeout });
  }

  /** Imports workflows (each needs an `id`). */
  importWorkflows(workflows: object[]): void {
    const dir = join(this.home, 'import-workflows');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    workflows.forEach((wf, i) => writeFileSync(join(dir, `${i}.json`), JSON.stringify(wf)));
    const r = this.cli(['import:workflow', '--separate', `--input=${dir}`]);
    if (r.status !== 0) throw new Error(`import:workflow failed:\n${r.stdout}\n${r.stderr}`);
  }

  /** Imports credentials given with plain data; n8n encrypts them on import. */
  importCredentials(credentials: object[]): void {
    const file = join(this.home, 'credentials.json');
    writeFileSync(file, JSON.stringify(credentials));
    const r = this.cli(['import:credentials', `--input=${file}`]);
    if (r.status !== 0) throw new Error(`import:credentials failed:\n${r.stdout}\n${r.stderr}`);
  }

  /**
   * Runs a workflow headless and returns what every node produced. Asynchronous on purpose:
   * the local servers the workflow calls live in this process and must keep answering.
   */
  async execute(id: string, timeout = 120_000): Promise<Execution> {
    // n8n exits right after printing: into a pipe the end of its output would be lost, so
    // it writes to files, as in a shell redirect.
    const out = join(this.home, `execute-${id}.out`);
    const err = join(this.home, `execute-${id}.err`);
    const [outFd, errFd] = [openSync(out, 'w'), openSync(err, 'w')];
    const status = await new Promise<number | null>((resolve) => {
      const child = spawn(node24, [this.n8n, 'execute', `--id=${id}`, '--rawOutput'], {
        cwd: this.home,
        env: this.env,
        stdio: ['ignore', outFd, errFd],
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    closeSync(outFd);
    closeSync(errFd);
    const r = { status, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
    const lines = r.stdout.split('\n');
    const start = lines.findIndex((line) => line.startsWith('{'));
    if (start < 0) {
      throw new Error(`n8n execute printed no JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    const raw = JSON.parse(lines.slice(start).join('\n'));
    const resultData = raw.data?.resultData ?? raw.resultData ?? {};
    const nodes: Record<string, NodeRun> = {};
    for (const [name, runs] of Object.entries(resultData.runData ?? {})) {
      const first = (
        runs as Array<{ data?: { main?: NodeRun['outputs'] }; error?: NodeRun['error'] }>
      )[0];
      nodes[name] = { outputs: (first.data?.main ?? []).map((o) => o ?? []), error: first.error };
    }
    return { nodes, error: resultData.error, stderr: r.stderr };
  }

  /** Publishes (activates) an imported workflow, so its triggers listen once n8n starts. */
  publish(id: string): void {
    const r = this.cli(['publish:workflow', `--id=${id}`]);
    if (r.status !== 0) throw new Error(`publish:workflow failed:\n${r.stdout}\n${r.stderr}`);
  }

  private server?: ChildProcess;
  /** What the running n8n printed, for failure messages. */
  serverLog = '';

  /**
   * Starts the editor and webhooks (`n8n start`) on a free port and waits until n8n is
   * ready; returns its base URL. One server serves many requests, where `n8n execute` starts
   * a new n8n for every run (20-30 s each on a loaded machine).
   */
  async start(timeoutMs = 240_000): Promise<string> {
    const port = 40000 + Math.floor(Math.random() * 15000);
    this.server = spawn(node24, [this.n8n, 'start'], {
      cwd: this.home,
      env: {
        ...this.env,
        N8N_PORT: String(port),
        N8N_LISTEN_ADDRESS: '127.0.0.1',
        N8N_SECURE_COOKIE: 'false',
        N8N_PERSONALIZATION_ENABLED: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.server.stdout?.on('data', (chunk) => (this.serverLog += String(chunk)));
    this.server.stderr?.on('data', (chunk) => (this.serverLog += String(chunk)));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.server.exitCode !== null) {
        throw new Error(`n8n start exited:\n${this.serverLog.slice(-3000)}`);
      }
      const ready = await fetch(`${base}/healthz/readiness`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return base;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`n8n did not become ready:\n${this.serverLog.slice(-3000)}`);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server || server.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      server.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      server.kill('SIGTERM');
    });
  }

  dispose(): void {
    rmSync(this.home, { recursive: true, force: true });
  }
}
