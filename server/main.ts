/**
 * The rule service's entry point (`npm start`): reads the environment, starts the
 * service, prints where it listens, and shuts down gracefully on SIGTERM or SIGINT.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readConfig } from './config';
import { createLogger } from './log';
import { startService } from './service';

const packageVersion = (): string => {
  try {
    return (
      JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return '0.0.0';
  }
};

const main = async () => {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`handoff: cannot start: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (reason) =>
    log.error('unhandled rejection', { error: String(reason) }),
  );

  const svc = await startService(config, log, packageVersion());
  log.info('listening', {
    url: svc.url,
    database: config.databaseUrl ? 'postgres' : 'pglite',
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  const banner = [
    '',
    `  Handoff rule service: ${svc.url}`,
    `  API reference:        ${svc.url}/docs`,
    ...(svc.generatedAdminKey
      ? [
          '',
          '  Admin API key (shown once, now; it is stored only as a hash):',
          `    ${svc.generatedAdminKey}`,
          `  Try: curl -H "Authorization: Bearer ${svc.generatedAdminKey}" ${svc.url}/v1/me`,
        ]
      : ['', '  Sign in with the admin key printed on the first start, or set HANDOFF_ADMIN_KEY.']),
    '',
  ];
  process.stderr.write(`${banner.join('\n')}\n`);

  const stop = (signal: string) => {
    log.info('shutting down', { signal });
    svc.close().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
};

main().catch((error: unknown) => {
  // A setting is named by its message; anything else gets its stack.
  const text =
    error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error));
  process.stderr.write(`handoff: cannot start: ${text}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
