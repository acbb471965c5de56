import pino, { type DestinationStream, type Logger as Pino } from 'pino';

/** How much the service says. */
export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

type Fields = Record<string, unknown>;

/** Structured logging: one JSON object a line (`{"level","time",...fields,"msg"}`). */
export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  /** A logger that adds `bindings` (a request id, say) to every line it writes. */
  child(bindings: Fields): Logger;
  readonly level: LogLevel;
}

/** Fields whose values are secrets or the customers' words: written as `[redacted]`. */
export const redactedFields = new Set([
  'key',
  'apiKey',
  'secret',
  'password',
  'token',
  'authorization',
  'cookie',
  'x-api-key',
  'transcript',
  'messages',
  'conversation',
  'latestMessage',
  'body',
]);
export const redactedWith = '[redacted]';

/**
 * `value` with every field named in `redactedFields` replaced, at any depth up to `depth`;
 * an object without such a field is returned as it is (no copy). Errors are serialised
 * first (type, message, stack and their own fields), so what they carry is redacted too.
 */
const redact = (value: unknown, depth: number): unknown => {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return redact(pino.stdSerializers.err(value), depth);
  if (depth === 0) return '[too deep]';
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const clean = redact(value[i], depth - 1);
      if (clean !== value[i]) (out ??= value.slice())[i] = clean;
    }
    return out ?? value;
  }
  let out: Fields | undefined;
  for (const k in value) {
    const item = (value as Fields)[k];
    const clean = redactedFields.has(k) ? redactedWith : redact(item, depth - 1);
    if (clean !== item) (out ??= { ...(value as Fields) })[k] = clean;
  }
  return out ?? value;
};

/**
 * Standard output, written in batches: lines gather in a buffer that is written once it
 * holds 8 KiB or a second has passed, instead of one write (and a trip through libuv's
 * thread pool) for every access line. pino writes what is left when the process exits.
 */
const batchedStdout = () =>
  pino.destination({ dest: 1, sync: false, minLength: 8 * 1024, periodicFlush: 1000 });

/** Writes a warning or an error at once rather than with the next batch. */
const flushNow = (p: Pino) => {
  const out = (p as unknown as { [pino.symbols.streamSym]?: { flush?: () => void } })[
    pino.symbols.streamSym
  ];
  try {
    out?.flush?.();
  } catch {
    // a stream still opening flushes with the next batch
  }
};

class PinoLogger implements Logger {
  constructor(
    readonly pino: Pino,
    readonly level: LogLevel,
  ) {}
  // Our call order (message, fields) is kept, so a call reads the same whichever logger is behind it.
  debug(msg: string, fields?: Fields) {
    if (fields) this.pino.debug(fields, msg);
    else this.pino.debug(msg);
  }
  info(msg: string, fields?: Fields) {
    if (fields) this.pino.info(fields, msg);
    else this.pino.info(msg);
  }
  warn(msg: string, fields?: Fields) {
    if (fields) this.pino.warn(fields, msg);
    else this.pino.warn(msg);
    flushNow(this.pino);
  }
  error(msg: string, fields?: Fields) {
    if (fields) this.pino.error(fields, msg);
    else this.pino.error(msg);
    flushNow(this.pino);
  }
  child(bindings: Fields): Logger {
    return new LazyChild(this, bindings);
  }
}

/** A child made on its first line: most requests write none but the access line. */
class LazyChild implements Logger {
  private made?: PinoLogger;
  constructor(
    private readonly parent: PinoLogger,
    private readonly bindings: Fields,
  ) {}
  get level() {
    return this.parent.level;
  }
  private get log(): PinoLogger {
    return (this.made ??= new PinoLogger(
      this.parent.pino.child(redact(this.bindings, 4) as Fields),
      this.parent.level,
    ));
  }
  debug(msg: string, fields?: Fields) {
    this.log.debug(msg, fields);
  }
  info(msg: string, fields?: Fields) {
    this.log.info(msg, fields);
  }
  warn(msg: string, fields?: Fields) {
    this.log.warn(msg, fields);
  }
  error(msg: string, fields?: Fields) {
    this.log.error(msg, fields);
  }
  child(bindings: Fields): Logger {
    return this.log.child(bindings);
  }
}

/**
 * A pino logger writing JSON lines at or above `level`: ISO times, level names, errors
 * (in any field) serialised with their type, message and stack, and keys, Authorization
 * headers and transcripts redacted wherever they sit (four levels deep). Lines go to
 * stdout in batches without blocking the event loop (at least every second, warnings and
 * errors at once, the rest before the process exits), or to
 * `write` when given (tests).
 *
 * @example
 * const log = createLogger({ level: 'info' });
 * log.info('listening', { url: 'http://localhost:8080' });
 * log.child({ requestId: 'a1' }).warn('slow'); // {"level":"warn",...,"requestId":"a1","msg":"slow"}
 */
export const createLogger = ({
  level = 'info',
  write,
}: { level?: LogLevel; write?: (line: string) => void } = {}): Logger => {
  const destination: DestinationStream = write ? { write } : batchedStdout();
  const p = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Errors are already serialised by the redacting formatter below.
      serializers: { err: (value: unknown) => value },
      formatters: {
        level: (label) => ({ level: label }),
        // pino's own `redact` option (@pinojs/redact) took ~12x as long per access line as
        // the rest of pino when given these fields at every depth (bench/http profile);
        // this walk costs next to nothing on a line without nested objects.
        log: (fields) => redact(fields, 4) as Fields,
      },
    },
    destination,
  );
  return new PinoLogger(p, level);
};
