// Builds the n8n package into dist/: every node and credential listed in package.json's `n8n`
// section is bundled (with core/ and its libraries) into one CommonJS file, so the package
// runs in n8n with only package.json and dist/ (no runtime dependencies). n8n-workflow stays
// external: n8n provides it. Icons, codex files and output schemas are copied beside the bundles.
//
//   npm run build
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `dist/nodes/X/X.node.js` → `nodes/X/X.node.ts`. */
const sourceOf = (distPath) => distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts');

const entries = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])];
if (entries.length === 0) throw new Error('package.json lists no n8n nodes or credentials');
for (const entry of entries) {
  if (!existsSync(join(root, sourceOf(entry)))) {
    throw new Error(`package.json lists ${entry}, but ${sourceOf(entry)} does not exist`);
  }
}

rmSync(join(root, 'dist', 'nodes'), { recursive: true, force: true });
rmSync(join(root, 'dist', 'credentials'), { recursive: true, force: true });

const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: entries.map((entry) => ({
    in: sourceOf(entry),
    out: entry.replace(/^dist\//, '').replace(/\.js$/, ''),
  })),
  outdir: join(root, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['n8n-workflow'],
  legalComments: 'none',
  sourcemap: false,
  minify: true,
  keepNames: true,
  logLevel: 'warning',
});

/** Copies every icon and codex file of `dir` (recursively) to the same place under dist/. */
function copyAssets(dir) {
  if (!existsSync(join(root, dir))) return 0;
  let copied = 0;
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    // Output schemas: n8n reads them from __schema__ beside the node file.
    const isSchema = entry.name.endsWith('.json') && from.split('/').includes('__schema__');
    const isAsset = entry.name.endsWith('.svg') || entry.name.endsWith('.node.json') || isSchema;
    if (!isAsset || relative(root, from).split('/').includes('test')) continue;
    const to = join(root, 'dist', relative(root, from));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to);
    copied++;
  }
  return copied;
}
const assets = copyAssets('nodes') + copyAssets('credentials');

if (pkg.scripts?.['build:cli']) {
  const r = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build:cli failed (exit ${r.status})`);
}

process.stdout.write(
  `built ${entries.length} n8n entries and copied ${assets} assets into dist/ in ${Date.now() - started} ms\n`,
);
