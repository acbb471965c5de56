import type { MiddlewareHandler } from 'hono';
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

/** The depth of the deepest array or object in `value`, counted without recursion. */
export const jsonDepth = (value: unknown, stopAt = Infinity): number => {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
};

/** The body as the Node server received it: read directly, without a web stream in between. */
const readIncoming = async (
  incoming: AsyncIterable<Buffer>,
  maxBytes: number,
): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
};

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

const tooLarge = (maxBytes: number) =>
  new ApiError('payload_too_large', `the body is larger than ${maxBytes} bytes (1 MiB)`, {
    extra: { limitBytes: maxBytes },
  });

/**
 * Reads a JSON request body once, with limits: 415 unless it is JSON, 413 over
 * `maxBytes`, 400 when it does not parse or nests deeper than `maxDepth`. The value is
 * put on the context as `body`.
 *
 * @example
 * app.post('/v1/rules/evaluate', jsonBody(), (c) => c.json(c.get('body')));
 */
export const jsonBody = ({
  maxBytes = inputLimits.maxBodyBytes,
  maxDepth = 64,
  optional = false,
}: JsonBodyOptions = {}): MiddlewareHandler<{ Variables: { body: unknown } }> =>
  async function jsonBody(c, next) {
    const length = Number(c.req.header('content-length') ?? NaN);
    if (length > maxBytes) throw tooLarge(maxBytes);
    const type = c.req.header('content-type');
    if (type !== undefined && !isJsonType(type)) {
      throw new ApiError(
        'unsupported_media_type',
        `send the body as application/json, not "${type.slice(0, 100)}"`,
      );
    }
    // Under @hono/node-server the Node request is at hand; app.request() in tests has none.
    const incoming = (
      c.env as { incoming?: AsyncIterable<Buffer> & { readableEnded?: boolean } } | undefined
    )?.incoming;
    const bytes =
      incoming && incoming.readableEnded === false
        ? await readIncoming(incoming, maxBytes)
        : await readLimited(c.req.raw, maxBytes);
    const text = new TextDecoder().decode(bytes).trim();
    if (text === '') {
      if (!optional)
        throw new ApiError('invalid_body', 'this endpoint needs a JSON body', {
          issues: [{ path: '(root)', message: 'is required' }],
        });
      c.set('body', undefined);
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
    if (jsonDepth(body, maxDepth) > maxDepth) {
      throw new ApiError(
        'too_deep',
        `the body nests arrays and objects deeper than ${maxDepth} levels`,
      );
    }
    c.set('body', body);
    await next();
  };
