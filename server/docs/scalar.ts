import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Scalar } from '@scalar/hono-api-reference';
import type { Context, Hono } from 'hono';
import type { Env } from '../api/operation';

/** Where the page loads Scalar's browser bundle from: this service, never a CDN. */
export const scalarBundlePath = '/docs/scalar.js';

/** The package exports no path to its browser bundle, so it is looked for where Node looks for packages. */
const standaloneBundle = (): string => {
  for (const dir of require.resolve.paths('@scalar/api-reference') ?? []) {
    const file = join(dir, '@scalar/api-reference/dist/browser/standalone.js');
    if (existsSync(file)) return file;
  }
  throw new Error('the @scalar/api-reference package is missing: run npm install');
};

/**
 * Serves the interactive API reference at `/docs` with Scalar, reading `/openapi.json`.
 * Its browser bundle (from the `@scalar/api-reference` package) is served by the service
 * itself and fonts are the system's, so the page works where nothing else is reachable.
 *
 * @example
 * serveScalar(app); // GET /docs, GET /docs/scalar.js
 */
export const serveScalar = (app: Hono<Env>): ((c: Context) => Promise<Response>) => {
  let bundle: Promise<string> | undefined;
  app.get(scalarBundlePath, async (c) => {
    bundle ??= readFile(standaloneBundle(), 'utf8').catch((error: unknown) => {
      bundle = undefined;
      throw error;
    });
    return c.body(await bundle, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    });
  });
  const page = Scalar({
    url: '/openapi.json',
    cdn: scalarBundlePath,
    pageTitle: 'Handoff rule service API',
    withDefaultFonts: false,
    telemetry: false,
    // Its hosted services (SDK generation, deploy, AI chat) are not this service's.
    showDeveloperTools: 'never',
  });
  return (c) => page(c, async () => undefined) as Promise<Response>;
};
