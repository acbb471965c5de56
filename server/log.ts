/** How much the service says. */
export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Structured logging: one JSON object a line. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  readonly level: LogLevel;
}

/**
 * Writes lines to stdout in batches: one write per turn of the event loop instead of one
 * per request, flushed before the process exits.
 */
export const batchedStdout = (): ((line: string) => void) => {
  let pending: string[] = [];
  const flush = () => {
    if (!pending.length) return;
    const text = pending.join('');
    pending = [];
    process.stdout.write(text);
  };
  process.once('exit', flush);
  return (line) => {
    if (pending.push(line) === 1) setImmediate(flush);
  };
};

/**
 * A logger that writes JSON lines (`{"time","level","msg",...fields}`) at or above `level`.
 *
 * @example
 * const log = createLogger({ level: 'info' });
 * log.info('listening', { url: 'http://localhost:8080' });
 */
export const createLogger = ({
  level = 'info',
  write = batchedStdout(),
}: { level?: LogLevel; write?: (line: string) => void } = {}): Logger => {
  const threshold = logLevels.indexOf(level);
  const at =
    (name: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (logLevels.indexOf(name) < threshold) return;
      // Built by hand around the fields: this runs once a request.
      const rest = JSON.stringify(fields);
      write(
        `{"time":"${new Date().toISOString()}","level":"${name}","msg":${JSON.stringify(msg)}${rest === '{}' ? '}' : `,${rest.slice(1)}`}\n`,
      );
    };
  return { level, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
};
