// On-demand proof of the node pack in n8n's queue mode (not part of `npm test`): one main
// instance and two workers on the local PostgreSQL and Redis, the package copied into every
// instance's user folder. A webhook workflow (Webhook → Handoff Detect → Respond to Webhook)
// is published, conversations are posted to the main instance, and the answers must come
// back decided by workers.
//
//   node scripts/n8n-queue-mode.mjs      (needs PostgreSQL on 127.0.0.1:5432 as postgres, Redis on 6379)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureN8n, n8nBin, node24 } from './n8n-install.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const database = 'handoff_n8n_queue';
const node = node24();

const sh = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

const cache = await ensureN8n();
sh(node, [join(repo, 'scripts', 'build.mjs')]);
sh('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-c', `drop database if exists ${database}`]);
sh('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-c', `create database ${database}`]);

const root = mkdtempSync(join(tmpdir(), 'handoff-n8n-queue-'));
const port = 5700 + Math.floor(Math.random() * 200);
const common = {
  PATH: process.env.PATH,
  DB_TYPE: 'postgresdb',
  DB_POSTGRESDB_HOST: '127.0.0.1',
  DB_POSTGRESDB_USER: 'postgres',
  DB_POSTGRESDB_DATABASE: database,
  EXECUTIONS_MODE: 'queue',
  QUEUE_BULL_REDIS_HOST: '127.0.0.1',
  QUEUE_BULL_PREFIX: `handoff-queue-proof-${port}`,
  N8N_ENCRYPTION_KEY: 'handoff-queue-proof-key',
  N8N_DIAGNOSTICS_ENABLED: 'false',
  N8N_PORT: String(port),
  N8N_LOG_LEVEL: 'info',
  N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
  TZ: 'UTC',
};

/** A user folder with the package as a user installs it: package.json and dist/ only. */
function instance(name, index) {
  const home = join(root, name);
  const pkg = join(home, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-handoff');
  mkdirSync(pkg, { recursive: true });
  cpSync(join(repo, 'package.json'), join(pkg, 'package.json'));
  cpSync(join(repo, 'dist'), join(pkg, 'dist'), { recursive: true });
  return {
    ...common,
    HOME: home,
    N8N_USER_FOLDER: home,
    N8N_RUNNERS_BROKER_PORT: String(port + 1000 + index),
    QUEUE_HEALTH_CHECK_PORT: String(port + 2000 + index),
  };
}

const workflow = {
  id: 'HandoffQueueProof',
  name: 'Handoff queue-mode proof',
  settings: { executionOrder: 'v1' },
  nodes: [
    {
      id: 'q1',
      name: 'Conversation in',
      type: 'n8n-nodes-base.webhook',
      typeVersion: 2,
      position: [0, 0],
      webhookId: 'b7f1d7a2-6c43-4a8e-9f1e-queueproof01',
      parameters: {
        httpMethod: 'POST',
        path: 'handoff-queue',
        responseMode: 'responseNode',
        options: {},
      },
    },
    {
      id: 'q2',
      name: 'Handoff Detect',
      type: 'n8n-nodes-handoff.handoffDetect',
      typeVersion: 1,
      position: [220, 0],
      parameters: {
        runOn: 'local',
        inputSource: 'fields',
        messages: '={{ $json.body.messages }}',
        latestMessage: '',
        conversationId: '={{ $json.body.id }}',
        channel: 'web',
        customer: '{}',
        context: '{}',
        rulesetSource: 'default',
      },
    },
    {
      id: 'q3',
      name: 'Answer',
      type: 'n8n-nodes-base.respondToWebhook',
      typeVersion: 1.1,
      position: [440, 0],
      parameters: {
        respondWith: 'json',
        responseBody:
          '={{ JSON.stringify({ id: $json.conversation.id, handoff: $json.handoff }) }}',
        options: {},
      },
    },
  ],
  connections: {
    'Conversation in': { main: [[{ node: 'Handoff Detect', type: 'main', index: 0 }]] },
    'Handoff Detect': {
      main: [
        [{ node: 'Answer', type: 'main', index: 0 }],
        [{ node: 'Answer', type: 'main', index: 0 }],
      ],
    },
  },
};

const mainEnv = instance('main', 0);
const file = join(root, 'workflow.json');
writeFileSync(file, JSON.stringify(workflow));
sh(node, [n8nBin(cache), 'import:workflow', `--input=${file}`], mainEnv);
sh(node, [n8nBin(cache), 'publish:workflow', `--id=${workflow.id}`], mainEnv);

const children = [];
const logs = {};
function start(name, args, env) {
  const child = spawn(node, [n8nBin(cache), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  logs[name] = '';
  child.stdout.on('data', (c) => (logs[name] += c));
  child.stderr.on('data', (c) => (logs[name] += c));
  children.push(child);
  return child;
}
start('main', ['start'], mainEnv);
start('worker-1', ['worker', '--concurrency=4'], instance('worker-1', 1));
start('worker-2', ['worker', '--concurrency=4'], instance('worker-2', 2));

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/healthz/readiness`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 240) throw new Error(`n8n main did not become ready:\n${logs.main.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const texts = [
    'I want to talk to a human right now, this is useless!',
    'What are your opening hours?',
    'Ich will sofort mit einem Menschen sprechen!',
    'How do I reset my password?',
  ];
  const started = Date.now();
  const answers = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const res = await fetch(`${base}/webhook/handoff-queue`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: `q-${i}`,
          messages: [{ role: 'customer', text: texts[i % 4], at: '2026-11-20T10:00:00Z' }],
        }),
      });
      return { status: res.status, body: await res.json() };
    }),
  );
  const ms = Date.now() - started;
  const wrong = answers.filter(
    (a, i) => a.status !== 200 || a.body.id !== `q-${i}` || a.body.handoff !== (i % 2 === 0),
  );
  const ran = (name) => (logs[name].match(/Worker (started|finished) execution/g) ?? []).length;
  process.stdout.write(
    `${answers.length} webhook calls in ${ms} ms, ${answers.length - wrong.length} decided as expected; ` +
      `worker-1 log lines ${ran('worker-1')}, worker-2 log lines ${ran('worker-2')}\n`,
  );
  if (wrong.length) {
    process.stdout.write(
      `${JSON.stringify(wrong.slice(0, 3))}\n${logs['worker-1'].slice(-2000)}\n`,
    );
    process.exitCode = 1;
  }
} finally {
  stop();
  await new Promise((r) => setTimeout(r, 2000));
  rmSync(root, { recursive: true, force: true });
}
