/**
 * `npm run bench:decision-log`: what logging every decision costs `POST /v1/handoff`. Two
 * services on the embedded database, one with `DECISION_LOG=on` (the default) and one with
 * `DECISION_LOG=off`, are driven with autocannon in interleaved rounds (so the shared
 * machine's load falls on both alike); prints each round and the medians. Target: the log
 * costs at most 10 % of the throughput. Each conversation is decided 10 times, as when a
 * flow asks on every message.
 *
 * Options (environment): BENCH_SECONDS (default 8), BENCH_CONNECTIONS (default 50),
 * BENCH_ROUNDS (default 3), LOG_LEVEL for the services (default info), BENCH_PROFILE=<dir>
 * (each service writes a `--cpu-prof` profile into <dir>/on or <dir>/off; summarise it with
 * `node bench/http/profile-summary.mjs`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { api, startChild } from '../../server/test/spawn';
import { handoffBody } from '../http/payloads';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const cpuSeconds = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
};

const run = (url: string, key: string, duration: number, pid: number) =>
  new Promise<{ rps: number; p99: number; cpuMicros: number }>((resolve, reject) => {
    const before = cpuSeconds(pid);
    autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration,
        body: JSON.stringify(handoffBody),
        // As a flow asks on every message: a new conversation every 10 requests.
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({
                ...handoffBody,
                conversation: {
                  ...handoffBody.conversation,
                  id: `bench-${Math.floor(sent++ / 10)}`,
                },
              }),
            }),
          },
        ],
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      },
      (error, r) => {
        if (error) return reject(error);
        if (r.non2xx || r.errors)
          return reject(new Error(`${r.non2xx} non-2xx answers, ${r.errors} errors from ${url}`));
        const cpu = cpuSeconds(pid) - before;
        resolve({
          rps: r.requests.average,
          p99: r.latency.p99,
          cpuMicros: (cpu / (r.requests.average * duration)) * 1e6,
        });
      },
    );
  });

let sent = 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const start = async (decisionLog: 'on' | 'off') => {
  const dir = mkdtempSync(join(tmpdir(), `handoff-bench-log-${decisionLog}-`));
  const admin = `bench-admin-${'b'.repeat(30)}`;
  const service = await startChild({
    DATA_DIR: dir,
    HANDOFF_ADMIN_KEY: admin,
    DECISION_LOG: decisionLog,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    // BENCH_PROFILE=<dir>: each service writes a CPU profile into <dir>/on or <dir>/off when stopped.
    ...(process.env.BENCH_PROFILE
      ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROFILE}/${decisionLog}` }
      : {}),
  });
  service.child.stdout!.resume();
  const made = await api(service.url, admin, 'POST', '/v1/keys', {
    name: 'bench',
    scopes: ['evaluate', 'edit'],
    rateLimitPerMinute: 10_000_000,
  });
  if (made.status !== 201) throw new Error(`no bench key: ${JSON.stringify(made.body)}`);
  return { decisionLog, service, dir, key: made.body.key as string };
};

const main = async () => {
  const on = await start('on');
  const off = await start('off');
  type Figures = Awaited<ReturnType<typeof run>>;
  const results: Record<'on' | 'off', Figures[]> = { on: [], off: [] };
  for (const s of [on, off])
    await run(`${s.service.url}/v1/handoff`, s.key, 2, s.service.child.pid!);
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so neither always runs on the warmer machine.
    for (const s of i % 2 ? [off, on] : [on, off]) {
      const r = await run(`${s.service.url}/v1/handoff`, s.key, seconds, s.service.child.pid!);
      results[s.decisionLog].push(r);
      process.stdout.write(
        `round ${i + 1} log ${s.decisionLog}: ${Math.round(r.rps)} req/s, p99 ${r.p99} ms, ${Math.round(r.cpuMicros)} µs CPU/req\n`,
      );
    }
  }
  // The log kept up: what it wrote and dropped (the writer catches up after the load).
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const metrics = await (await fetch(`${on.service.url}/metrics`)).text();
  const count = (name: string) => new RegExp(`^${name} (\\d+)$`, 'm').exec(metrics)?.[1] ?? '?';
  const written = count('handoff_decision_log_written_total');
  const dropped = count('handoff_decision_log_dropped_total');
  for (const s of [on, off]) {
    await s.service.kill('SIGTERM');
    rmSync(s.dir, { recursive: true, force: true });
  }
  const m = (k: 'on' | 'off', f: 'rps' | 'p99' | 'cpuMicros') =>
    median(results[k].map((r) => r[f]));
  const ratio = m('on', 'rps') / m('off', 'rps');
  process.stdout.write(
    [
      '',
      `${connections} connections, ${seconds} s per run, ${rounds} interleaved rounds, medians; POST /v1/handoff`,
      '',
      '| decision log | req/s | p99 | CPU/req |',
      '| --- | ---: | ---: | ---: |',
      `| off | ${Math.round(m('off', 'rps'))} | ${m('off', 'p99')} ms | ${Math.round(m('off', 'cpuMicros'))} µs |`,
      `| on | ${Math.round(m('on', 'rps'))} | ${m('on', 'p99')} ms | ${Math.round(m('on', 'cpuMicros'))} µs |`,
      '',
      `log on / off: ${(ratio * 100).toFixed(1)} % (target ≥ 90 %: ${ratio >= 0.9 ? 'met' : 'missed'}); decisions written ${written}, dropped ${dropped}`,
      '',
    ].join('\n'),
  );
};

main().catch((error: unknown) => {
  process.stderr.write(`bench:decision-log failed: ${String(error)}\n`);
  process.exit(1);
});
