// `npm start`: the rule service and the builder on http://localhost:8080.
// Builds the builder first when builder/dist is missing or older than its sources, then runs
// the TypeScript sources through tsx in this process, so signals reach the server directly.
// Settings: PORT, DATA_DIR, DATABASE_URL, HANDOFF_ADMIN_KEY, CORS_ORIGINS,
// RATE_LIMIT_PER_MINUTE, LOG_LEVEL (see the README's "Rule service").
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';
import { ensureBuilder } from './build-builder.mjs';

try {
  await ensureBuilder();
} catch (error) {
  // The API works without the builder; say why `/` shows the API reference instead.
  process.stderr.write(
    `  The rule builder could not be built, so / shows the API reference: ${error?.message ?? error}\n`,
  );
}
register();
createRequire(import.meta.url)('../server/main.ts');
