// `npm start`: the rule service (and the builder, once built) on http://localhost:8080.
// Runs the TypeScript sources through tsx in this process, so signals reach the server
// directly. Settings: PORT, DATA_DIR, DATABASE_URL, HANDOFF_ADMIN_KEY, CORS_ORIGINS,
// RATE_LIMIT_PER_MINUTE, LOG_LEVEL (see the README's "Rule service").
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
createRequire(import.meta.url)('../server/main.ts');
