import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options for {@link staticFiles}. */
export interface StaticOptions {
  /** The folder served at `/` (the built builder). */
  root: string;
  /** Paths that never fall back to the app's `index.html` (the API). */
  apiPrefixes?: string[];
}

/**
 * Serves a single-page app from `root` when it has an `index.html`: files by path, and
 * `index.html` for other paths without an extension (client-side routes). Passes on when
 * the folder is missing, so the folder can appear while the service runs.
 *
 * @example
 * app.use(staticFiles({ root: 'builder/dist' }));
 */
export const staticFiles = ({ root, apiPrefixes = ['/v1/'] }: StaticOptions): MiddlewareHandler =>
  async function staticFiles(c, next) {
    if (
      (c.req.method !== 'GET' && c.req.method !== 'HEAD') ||
      apiPrefixes.some((p) => c.req.path.startsWith(p))
    )
      return next();
    const index = join(root, 'index.html');
    if (!existsSync(index)) return next();
    let path: string;
    try {
      path = normalize(join(root, decodeURIComponent(c.req.path)));
    } catch {
      return next();
    }
    if (!path.startsWith(root + sep) && path !== root) return next();
    let file: string | undefined;
    if (existsSync(path) && statSync(path).isFile()) file = path;
    else if (extname(c.req.path) === '') file = index;
    if (!file) return next();
    const immutable = file !== index && c.req.path.startsWith('/assets/');
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(readFileSync(file)), 200, headers);
  };
