// Builds the rule builder (builder/ → builder/dist) with Vite when the build is missing or
// older than its sources (builder/ and the core/ it bundles). `npm start` and `npm test` use
// it; run it directly with --force to rebuild anyway.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builder = join(root, 'builder');
const built = join(builder, 'dist', 'index.html');

const newest = (path) => {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (
      entry === 'dist' ||
      entry === 'node_modules' ||
      entry === 'e2e' ||
      entry.endsWith('.test.ts')
    )
      continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
};

/** Whether builder/dist is missing or older than a source it is built from. */
export const builderIsStale = () => {
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newest(join(builder, 'src')),
    newest(join(builder, 'index.html')),
    newest(join(builder, 'vite.config.mts')),
    newest(join(root, 'core')),
  );
  return sources > statSync(built).mtimeMs;
};

/** Builds the builder when stale (or always with `force`); resolves to whether it built. */
export const ensureBuilder = async ({
  force = false,
  log = (m) => process.stderr.write(`${m}\n`),
} = {}) => {
  if (!force && !builderIsStale()) return false;
  log('  Building the rule builder (builder/dist)…');
  const { build } = await import('vite');
  await build({ configFile: join(builder, 'vite.config.mts'), logLevel: 'warn' });
  return true;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureBuilder({ force: process.argv.includes('--force') }).then(
    (did) => {
      if (!did) process.stderr.write('  The rule builder is up to date (builder/dist).\n');
    },
    (error) => {
      process.stderr.write(`builder build failed: ${error?.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
