// Builds the n8n package into dist/: core/ and its libraries are bundled once into
// dist/core.js, and every node and credential listed in package.json's `n8n` section (and the
// `handoff` CLI) into its own small CommonJS file that requires ../core.js, so the package runs
// in n8n with only package.json and dist/ (no runtime dependencies) and carries core once.
// n8n-workflow stays external: n8n provides it. Icons, codex files and output schemas are
// copied beside the bundles.
//
//   npm run build
import { build } from 'esbuild';
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

for (const dir of ['nodes', 'credentials', 'cli', 'core.js']) {
  rmSync(join(root, 'dist', dir), { recursive: true, force: true });
}

const common = {
  absWorkingDir: root,
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
};

/**
 * Leaves `core` (the folder's index, which every adapter imports) out of a bundle and
 * requires dist/core.js instead, at `coreFromOutput` (relative to the bundle's own file).
 * Only the index is shared: a deep import into core/ would bring a second copy, so it fails.
 */
const sharedCore = (coreFromOutput) => ({
  name: 'shared-core',
  setup(b) {
    b.onResolve({ filter: /(^|\/)core(\/index(\.ts)?)?$/ }, (args) => {
      if (resolve(args.resolveDir, args.path).replace(/\/index(\.ts)?$/, '') !== join(root, 'core'))
        return undefined;
      return { path: coreFromOutput, external: true };
    });
    b.onResolve({ filter: /(^|\/)core\/./ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const inCore = args.importer.startsWith(join(root, 'core') + '/');
      if (!inCore && target.startsWith(join(root, 'core') + '/') && args.kind !== 'require-resolve')
        return { errors: [{ text: `import core through its index, not ${args.path}` }] };
      return undefined;
    });
  },
});

const outOf = (entry) => entry.replace(/^dist\//, '').replace(/\.js$/, '');
/** How many folders below dist/ an output file sits: dist/nodes/X/X.node.js → 2. */
const depth = (entry) => entry.split('/').length - 2;

const started = Date.now();
await build({
  ...common,
  entryPoints: [{ in: 'core/index.ts', out: 'core' }],
  outdir: join(root, 'dist'),
});
// One build per depth, since each output requires core.js by a path relative to itself.
for (const level of new Set(entries.map(depth))) {
  const group = entries.filter((entry) => depth(entry) === level);
  await build({
    ...common,
    entryPoints: group.map((entry) => ({ in: sourceOf(entry), out: outOf(entry) })),
    outdir: join(root, 'dist'),
    plugins: [sharedCore(`${'../'.repeat(level)}core.js`)],
  });
}
if (pkg.bin?.handoff) {
  await build({
    ...common,
    entryPoints: [{ in: 'cli/handoff.ts', out: outOf(pkg.bin.handoff) }],
    outdir: join(root, 'dist'),
    banner: { js: '#!/usr/bin/env node' },
    plugins: [sharedCore(`${'../'.repeat(depth(pkg.bin.handoff))}core.js`)],
  });
}

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

process.stdout.write(
  `built dist/core.js, ${entries.length} n8n entries and the CLI, and copied ${assets} assets into dist/ in ${Date.now() - started} ms\n`,
);
