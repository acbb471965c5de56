import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreEngine } from './engine/core-engine';
import { testService } from './test/harness';
import { sampleInput } from './test/samples';

describe('the app: bodies, errors, CORS, documents, static files', () => {
  let s: Awaited<ReturnType<typeof testService>>;
  let builder: string;
  beforeAll(async () => {
    builder = mkdtempSync(join(tmpdir(), 'handoff-builder-'));
    s = await testService({
      engine: createCoreEngine(),
      app: { corsOrigins: ['https://ops.example.com'], builderDir: builder },
    });
  });
  afterAll(() => s.close());

  it('answers 415 to a body that is not JSON', async () => {
    const res = await s.call('POST', '/v1/handoff', {
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('answers 413 to a body over 1 MiB, announced or streamed', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(1024 * 1024) });
    const announced = await s.call('POST', '/v1/handoff', { body: big });
    expect(announced.status).toBe(413);
    expect((await announced.json()).error.code).toBe('payload_too_large');
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await s.app.request('/v1/handoff', {
      method: 'POST',
      headers: { authorization: `Bearer ${s.admin}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('answers 400 to JSON that does not parse or nests too deep', async () => {
    const broken = await s.call('POST', '/v1/handoff', { body: '{"conversation":' });
    expect((await broken.json()).error.code).toBe('invalid_json');
    const deep = await s.call('POST', '/v1/handoff', {
      body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
    });
    expect(deep.status).toBe(400);
    expect((await deep.json()).error.code).toBe('too_deep');
    const empty = await s.call('POST', '/v1/handoff', { body: '' });
    expect(empty.status).toBe(400);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await s.call('GET', '/v2/anything');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('allows the configured origin only', async () => {
    const pre = await s.app.request('/v1/handoff', {
      method: 'OPTIONS',
      headers: { origin: 'https://ops.example.com', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://ops.example.com');
    const other = await s.app.request('/healthz', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('has no CORS unless configured', async () => {
    const plain = await testService({ engine: createCoreEngine() });
    const res = await plain.app.request('/healthz', {
      headers: { origin: 'https://ops.example.com' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await plain.close();
    // A second in-memory database: slow to create on a busy machine.
  }, 60_000);

  it('tags responses with a request id and logs one structured line per request', async () => {
    const res = await s.call('GET', '/v1/me', { headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    const line = s.logged.find((l) => l.requestId === 'trace-123');
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      route: '/v1/me',
      status: 200,
      keyId: 'key_t1',
    });
  });

  it('reports health and readiness', async () => {
    expect(await (await s.app.request('/healthz')).json()).toEqual({ status: 'ok' });
    expect(await (await s.app.request('/readyz')).json()).toMatchObject({
      status: 'ready',
      database: 'pglite',
      changes: { listener: { status: 'listening', drops: 0 }, pollMs: 250 },
    });
    s.deps.readiness.ready = false;
    expect((await s.app.request('/readyz')).status).toBe(503);
    s.deps.readiness.ready = true;
  });

  it('exports request counts and latency', async () => {
    await s.call('POST', '/v1/handoff', { body: sampleInput() });
    const text = await (await s.app.request('/metrics')).text();
    expect(text).toMatch(
      /handoff_http_requests_total\{method="POST",route="\/v1\/handoff",status="200"\} \d+/,
    );
    expect(text).toMatch(
      /handoff_http_request_duration_seconds_bucket\{le="\+Inf",method="POST",route="\/v1\/handoff"\} \d+/,
    );
    expect(text).toContain('route="(unmatched)"');
  });

  it('publishes an OpenAPI 3.1 document generated from the schemas', async () => {
    const doc = await (await s.call('GET', '/openapi.json', { key: null })).json();
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.values(
      doc.paths as Record<string, Record<string, { operationId: string }>>,
    ).flatMap((m) => Object.values(m).map((o) => o.operationId));
    for (const id of [
      'handoff',
      'detect',
      'summarize',
      'route',
      'evaluateRule',
      'createRuleset',
      'publishRuleset',
      'diffVersions',
      'rollbackRuleset',
      'replayRuleset',
      'createKey',
      'revokeKey',
    ]) {
      expect(ops).toContain(id);
    }
    expect(doc.paths['/v1/handoff'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/HandoffRequest',
    });
    expect(Object.keys(doc.components.schemas.HandoffRequest.properties)).toEqual(
      expect.arrayContaining(['conversation', 'roster', 'queueStats']),
    );
    expect(doc.components.schemas.HandoffInput.required).toEqual(['conversation']);
    expect(
      doc.paths['/v1/rulesets/{id}'].put.responses['409'].content['application/json'].schema,
    ).toEqual({ $ref: '#/components/schemas/Error' });
    expect(doc.paths['/v1/handoff'].post.responses['413']).toBeDefined();
    // Every reference resolves.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[\w-]+/g) ?? [];
    for (const ref of new Set(refs))
      expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
  });

  it('serves the Scalar reference with its script from the service itself', async () => {
    const res = await s.app.request('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/openapi.json');
    // Every script, stylesheet, image or link the page names is on this service.
    const urls = [...html.matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!);
    expect(urls).toContain('/docs/scalar.js');
    for (const url of urls) expect(url, url).toMatch(/^\/(?!\/)/);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const script = await s.app.request('/docs/scalar.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });

  it('renders a readable reference page without outside assets, and leads / to it', async () => {
    const html = await (await s.app.request('/docs/plain')).text();
    expect(html).toContain('<h2>Pipeline</h2>');
    expect(html).toContain('/v1/rulesets/{id}/publish');
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)[a-z]+\.[a-z]+\/[^"]*\.(js|css)/);
    const root = await s.app.request('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/docs');
  });

  it('serves the builder at / once it is built, with client-side routes and no path escapes', async () => {
    mkdirSync(join(builder, 'assets'));
    writeFileSync(join(builder, 'index.html'), '<!doctype html><title>builder</title>');
    writeFileSync(join(builder, 'assets', 'app.js'), 'console.log(1)');
    const root = await s.app.request('/');
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('builder');
    expect((await s.app.request('/assets/app.js')).headers.get('content-type')).toMatch(
      /javascript/,
    );
    expect(await (await s.app.request('/rulesets/billing')).text()).toContain('builder');
    expect((await s.app.request('/assets/missing.js')).status).toBe(404);
    expect((await s.app.request('/..%2f..%2fetc%2fpasswd')).status).not.toBe(200);
    expect((await s.call('GET', '/v1/nothing')).headers.get('content-type')).toMatch(/json/);
  });
});
