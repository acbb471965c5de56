import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresAvailable, testDatabaseUrl } from '../test/postgres';
import { listenOn } from './postgres-listen';

const until = async (check: () => boolean | Promise<boolean>, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** A TCP proxy to PostgreSQL that can stop passing bytes while keeping the sockets open. */
const freezableProxy = async () => {
  const target = new URL(testDatabaseUrl);
  let frozen = false;
  const sockets: Socket[] = [];
  const server: Server = createServer((inbound) => {
    const outbound = connect(Number(target.port || 5432), target.hostname);
    sockets.push(inbound, outbound);
    inbound.on('data', (d) => void (frozen || outbound.write(d)));
    outbound.on('data', (d) => void (frozen || inbound.write(d)));
    inbound.on('error', () => undefined);
    outbound.on('error', () => undefined);
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const url = new URL(testDatabaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    freeze: () => (frozen = true),
    close: async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => server.close(r));
    },
  };
};

describe('LISTEN on a dedicated PostgreSQL connection', () => {
  const admin = new Client({ connectionString: testDatabaseUrl });
  let connected = false;
  afterAll(async () => {
    if (connected) await admin.end();
  });
  const setup = async (skip: () => void) => {
    if (!(await postgresAvailable())) skip();
    if (!connected) {
      admin.on('error', () => undefined);
      await admin.connect();
      connected = true;
    }
  };
  const channel = `t_listen_${randomBytes(4).toString('hex')}`;

  it('hears notifications and reports a terminated backend once', async ({ skip }) => {
    await setup(skip);
    const app = `handoff-test-${randomBytes(4).toString('hex')}`;
    const heard: string[] = [];
    const ends: Error[] = [];
    const stop = await listenOn(
      new Client({ connectionString: testDatabaseUrl, application_name: app }),
      channel,
      (p) => heard.push(p),
      (e) => ends.push(e),
    );
    await admin.query('select pg_notify($1, $2)', [channel, 'hello']);
    await until(() => heard.length === 1);
    expect(heard).toEqual(['hello']);
    const killed = await admin.query(
      'select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = $1',
      [app],
    );
    expect(killed.rows).toEqual([{ ok: true }]);
    await until(() => ends.length > 0);
    expect(ends[0]!.message).toMatch(/terminat/);
    await new Promise((r) => setTimeout(r, 100));
    expect(ends).toHaveLength(1);
    await stop();
  });

  it('ends a connection that stops answering its heartbeat', async ({ skip }) => {
    await setup(skip);
    const proxy = await freezableProxy();
    const ends: Error[] = [];
    const stop = await listenOn(
      new Client({ connectionString: proxy.url }),
      channel,
      () => undefined,
      (e) => ends.push(e),
      { heartbeatMs: 100 },
    );
    await new Promise((r) => setTimeout(r, 350));
    expect(ends).toEqual([]); // answered pings keep it alive
    const frozenAt = Date.now();
    proxy.freeze();
    await until(() => ends.length > 0, 3000);
    expect(ends[0]!.message).toMatch(/did not answer a ping in 100 ms/);
    expect(Date.now() - frozenAt).toBeLessThan(1000);
    await stop();
    await proxy.close();
  });

  it('reports nothing when stopped on purpose', async ({ skip }) => {
    await setup(skip);
    const ends: Error[] = [];
    const stop = await listenOn(
      new Client({ connectionString: testDatabaseUrl }),
      channel,
      () => undefined,
      (e) => ends.push(e),
    );
    await stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(ends).toEqual([]);
  });
});
