// @ts-check
import { config as n8nConfig } from '@n8n/node-cli/eslint';
import tseslint from 'typescript-eslint';

/**
 * Two rule sets in one run of `n8n-node lint`.
 *
 * The n8n community-node rules guard what ships in the package and runs inside n8n:
 * `nodes/`, `credentials/` and the `core/` they bundle. The rule service, the builder,
 * the command line, benches, scripts and tests run outside n8n (they read files, the
 * environment and the clock on purpose), so they get the plain TypeScript rules.
 * That split is why package.json sets `n8n.strict` to false: strict mode only
 * accepts the unmodified one-set template.
 */
const outsideN8n = [
  'server/**',
  'builder/**',
  'cli/**',
  'bench/**',
  'scripts/**',
  '**/*.test.ts',
  '**/test/**',
  'vitest.config.mts',
];

const isGlobalIgnore = (block) => Object.keys(block).length === 1 && 'ignores' in block;

export default tseslint.config(
  { ignores: ['dist/**', 'builder/dist/**', 'node_modules/**', 'data/**'] },
  ...n8nConfig.map((block) =>
    isGlobalIgnore(block)
      ? block
      : { ...block, ignores: [...(block.ignores ?? []), ...outsideN8n] },
  ),
  {
    files: outsideN8n.map((glob) => (glob.endsWith('/**') ? `${glob}/*.{ts,tsx}` : glob)),
    extends: [tseslint.configs.recommended],
  },
);
