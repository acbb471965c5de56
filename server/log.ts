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

/** Where the secrets and the customers' words sit in what we log; their values are replaced. */
const secretFields = [
  'key',
  'apiKey',
  'secret',
  'password',
  'token',
  'authorization',
  'cookie',
  'transcript',
  'messages',
  'conversation',
  'latestMessage',
  'body',
];
export const redactedPaths = [
  ...secretFields,
  ...secretFields.map((f) => `*.${f}`),
  ...secretFields.map((f) => `*.*.${f}`),
  'headers["x-api-key"]',
  '*.headers["x-api-key"]',
];
export const redactedWith = '[redacted]';

const wrap = (p: Pino, level: LogLevel): Logger => ({
  level,
  // Our call order (message, fields) is kept so a call written either way reads the same.
  debug: (msg, fields) => (fields ? p.debug(fields, msg) : p.debug(msg)),
  info: (msg, fields) => (fields ? p.info(fields, msg) : p.info(msg)),
  warn: (msg, fields) => (fields ? p.warn(fields, msg) : p.warn(msg)),
  error: (msg, fields) => (fields ? p.error(fields, msg) : p.error(msg)),
  child: (bindings) => lazyChild(() => wrap(p.child(bindings), level), level),
});

/** A child made on its first line: most requests write none but the access line. */
const lazyChild = (make: () => Logger, level: LogLevel): Logger => {
  let made: Logger | undefined;
  const get = () => (made ??= make());
  return {
    level,
    debug: (msg, fields) => get().debug(msg, fields),
    info: (msg, fields) => get().info(msg, fields),
    warn: (msg, fields) => get().warn(msg, fields),
    error: (msg, fields) => get().error(msg, fields),
    child: (bindings) => get().child(bindings),
  };
};

/**
 * A pino logger writing JSON lines at or above `level`: ISO times, level names, errors
 * in `err` (or `error`) serialised with their type, message and stack, and keys,
 * Authorization headers and transcripts redacted wherever they sit (two levels deep).
 * Lines go to stdout without blocking the event loop (flushed before the process exits),
 * or to `write` when given (tests).
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
  const destination: DestinationStream = write
    ? { write }
    : pino.destination({ dest: 1, sync: false });
  const p = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      redact: { paths: redactedPaths, censor: redactedWith },
    },
    destination,
  );
  return wrap(p, level);
};
