import type { Context, MiddlewareHandler } from 'hono';
import { inputLimits } from '../../core';
import { ApiError } from '../errors';

/** Options for {@link jsonBody}. */
export interface JsonBodyOptions {
  /** Largest body accepted, in bytes (default the contract's 1 MiB). */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects accepted. */
  maxDepth?: number;
  /** Whether an empty body is allowed (it reads as `undefined`). */
  optional?: boolean;
}

const isJsonType = (type: string) => /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(type);

/**
 * Whether `value` nests arrays and objects deeper than `max` levels. Stops as soon as it
 * knows, so its own recursion never goes deeper than `max`.
 *
 * @example
 * nestsDeeperThan([[1]], 1); // true
 */
export const nestsDeeperThan = (value: unknown, max: number, depth = 1): boolean => {
  if (value === null || typeof value !== 'object') return false;
  if (depth > max) return true;
  if (Array.isArray(value)) {
    for (const item of value)
      if (item !== null && typeof item === 'object' && nestsDeeperThan(item, max, depth + 1))
        return true;
    return false;
  }
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === 'object' && nestsDeeperThan(item, max, depth + 1))
      return true;
  }
  return false;
};

/** The body as the Node server received it: read directly, without a web stream in between. */
const readIncoming = (incoming: NodeReadable, maxBytes: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        incoming.off('data', onData);
        // Drain the rest unread, so the connection can answer 413.
        incoming.resume();
        reject(tooLarge(maxBytes));
      } else chunks.push(chunk);
    };
    incoming.on('data', onData);
    incoming.once('error', reject);
    incoming.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
  });

/** The part of Node's IncomingMessage this reads. */
interface NodeReadable {
  readableEnded: boolean;
  on(event: 'data', fn: (chunk: Buffer) => void): unknown;
  off(event: 'data', fn: (chunk: Buffer) => void): unknown;
  once(event: 'end' | 'error', fn: (arg?: unknown) => void): unknown;
  resume(): unknown;
}

const readLimited = async (req: Request, maxBytes: number): Promise<Uint8Array> => {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
};

/** Hono's body cache holds promises of the body read each way (its type says values). */
const cached = (c: Context) => c.req.bodyCache as Record<string, Promise<unknown>>;

const tooLarge = (maxBytes: number) =>
  new ApiError('payload_too_large', `the body is larger than ${maxBytes} bytes (1 MiB)`, {
    extra: { limitBytes: maxBytes },
  });

/**
 * Reads a JSON request body once, with limits: 415 unless it is JSON, 413 over
 * `maxBytes`, 400 when it does not parse or nests deeper than `maxDepth`. The text is left
 * in Hono's body cache, where the route's validator (`@hono/zod-openapi`) reads it; an
 * allowed empty body reads as `{}`.
 *
 * @example
 * app.post('/v1/rules/evaluate', jsonBody(), async (c) => c.json(await c.req.json()));
 */
export const jsonBody = ({
  maxBytes = inputLimits.maxBodyBytes,
  maxDepth = 64,
  optional = false,
}: JsonBodyOptions = {}): MiddlewareHandler =>
  async function jsonBody(c, next) {
    const length = Number(c.req.header('content-length') ?? NaN);
    if (length > maxBytes) throw tooLarge(maxBytes);
    const type = c.req.header('content-type');
    if (type !== undefined && !isJsonType(type)) {
      throw new ApiError(
        'unsupported_media_type',
        `send the body as application/json, not "${type.slice(0, 100)}" (with curl: -H 'content-type: application/json')`,
      );
    }
    // Under @hono/node-server the Node request is at hand; app.request() in tests has none.
    const incoming = (c.env as { incoming?: NodeReadable } | undefined)?.incoming;
    const bytes =
      incoming && incoming.readableEnded === false
        ? await readIncoming(incoming, maxBytes)
        : await readLimited(c.req.raw, maxBytes);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('utf8')
      .trim();
    if (text === '') {
      if (!optional)
        throw new ApiError('invalid_body', 'this endpoint needs a JSON body', {
          issues: [{ path: '(root)', message: 'is required' }],
        });
      // The validator reads `{}`; no bytes remain for its check that a body without a type is empty.
      cached(c).text = Promise.resolve('{}');
      cached(c).arrayBuffer = Promise.resolve(new ArrayBuffer(0));
      return next();
    }
    if (type === undefined)
      throw new ApiError(
        'unsupported_media_type',
        'send the body with "Content-Type: application/json"',
      );
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new ApiError('invalid_json', `the body is not valid JSON: ${(error as Error).message}`);
    }
    if (nestsDeeperThan(body, maxDepth)) {
      throw new ApiError(
        'too_deep',
        `the body nests arrays and objects deeper than ${maxDepth} levels`,
      );
    }
    cached(c).text = Promise.resolve(text);
    // The route's validator asks for `c.req.json()`, which would parse the text a second
    // time; it gets the value parsed here.
    const parsed = Promise.resolve(body);
    c.req.json = <T>() => parsed as Promise<T>;
    await next();
  };
