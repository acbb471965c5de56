/**
 * `npm run bench:http`: drives `POST /v1/rules/evaluate` and `POST /v1/handoff` of the
 * rule service on loopback with autocannon (bounded runs, 50 connections), side by side
 * with a bare `node:http` server doing the same core work, and prints requests per second
 * and p99 latency. Targets: at least 70% of the bare server's throughput, p99 < 10 ms.
 *
 * Options (environment): BENCH_SECONDS (default 8), BENCH_CONNECTIONS (default 50),
 * LOG_LEVEL for the service (default info, as it runs in production), BENCH_ONLY
 * (`evaluate` or `handoff`: one endpoint), BENCH_PROFILE=<dir> (the service writes a
 * `--cpu-prof` profile there when it stops; open it in Chrome's DevTools, or summarise it
 * with `node bench/http/profile-summary.mjs <file>`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { api, startChild } from '../../server/test/spawn';
import { evaluateBody, handoffBody } from './payloads';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

/** CPU seconds a process has used (user + system), from /proc; NaN where there is no /proc. */
const cpuSeconds = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
};

interface Figures {
  rps: number;
  cpuMicros?: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

const load = (
  url: string,
  body: unknown,
  headers: Record<string, string>,
  duration: number,
  pid?: number,
): Promise<Figures> =>
  new Promise((resolve, reject) => {
    const cpuBefore = pid ? cpuSeconds(pid) : NaN;
    autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...headers },
      },
      (error, r) => {
        if (error) return reject(error);
        const cpu = pid ? cpuSeconds(pid) - cpuBefore : NaN;
        resolve({
          rps: r.requests.average,
          cpuMicros: (cpu / (r.requests.average * duration)) * 1e6,
          p50: r.latency.p50,
          p99: r.latency.p99,
          non2xx: r.non2xx,
          errors: r.errors,
        });
      },
    );
  });

const startBare = async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bare-server.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) =>
    child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))),
  );
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill('SIGTERM') };
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-'));
  const admin = `bench-admin-${'b'.repeat(30)}`;
  const service = await startChild(
    {
      DATA_DIR: dir,
      HANDOFF_ADMIN_KEY: admin,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      ...(process.env.BENCH_PROFILE
        ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROFILE}` }
        : {}),
    },
    // A loaded machine can take more than the usual minute to start it.
    { timeoutMs: 180_000 },
  );
  service.child.stdout!.resume();
  const made = await api(service.url, admin, 'POST', '/v1/keys', {
    name: 'bench',
    scopes: ['evaluate'],
    rateLimitPerMinute: 10_000_000,
  });
  if (made.status !== 201)
    throw new Error(`could not create the bench key: ${JSON.stringify(made.body)}`);
  const key = made.body.key as string;
  const bare = await startBare();
  const stopAll = () => {
    bare.stop();
    void service.kill('SIGTERM');
  };
  process.once('exit', stopAll);
  const auth = { authorization: `Bearer ${key}` };

  const cases = [
    {
      name: 'POST /v1/rules/evaluate',
      service: `${service.url}/v1/rules/evaluate`,
      bare: `${bare.url}/evaluate`,
      body: evaluateBody,
    },
    {
      name: 'POST /v1/handoff',
      service: `${service.url}/v1/handoff`,
      bare: `${bare.url}/handoff`,
      body: handoffBody,
    },
  ];
  const rows: string[] = [];
  const only = process.env.BENCH_ONLY;
  for (const c of cases.filter((x) => !only || x.bare.endsWith(`/${only}`))) {
    // Warm both up (JIT, caches), then measure them one after the other.
    await load(c.service, c.body, auth, 2);
    await load(c.bare, c.body, {}, 2);
    const s = await load(c.service, c.body, auth, seconds, service.child.pid);
    const b = await load(c.bare, c.body, {}, seconds, bare.pid);
    if (s.non2xx || s.errors || b.non2xx || b.errors)
      throw new Error(
        `${c.name}: ${s.non2xx + b.non2xx} non-2xx answers, ${s.errors + b.errors} errors`,
      );
    const ratio = s.rps / b.rps;
    rows.push(
      `| ${c.name} | ${Math.round(s.rps)} | ${s.p99} ms | ${Math.round(s.cpuMicros!)} µs | ${Math.round(b.rps)} | ${b.p99} ms | ${Math.round(b.cpuMicros!)} µs | ${(ratio * 100).toFixed(0)}% | ${ratio >= 0.7 && s.p99 < 10 ? 'met' : 'missed'} |`,
    );
  }
  bare.stop();
  await service.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    [
      `${connections} connections, ${seconds} s per run, loopback; service LOG_LEVEL=${process.env.LOG_LEVEL ?? 'info'}`,
      '',
      '| endpoint | service req/s | service p99 | service CPU/req | bare node:http req/s | bare p99 | bare CPU/req | service / bare | target (≥70%, p99 < 10 ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
};

main().catch((error: unknown) => {
  process.stderr.write(`bench:http failed: ${String(error)}\n`);
  process.exit(1);
});
