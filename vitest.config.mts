import { defineConfig } from 'vitest/config';

const exclude = ['**/node_modules/**', '**/dist/**', 'data/**'];
const shared = { environment: 'node', testTimeout: 20_000, hookTimeout: 60_000 } as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: [...exclude, 'server/proof/**', 'builder/e2e/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The proofs start real service processes and time what replicas see: they run
        // after everything else, one file at a time, so the machine's load does not decide them.
        test: {
          ...shared,
          name: 'proof',
          include: ['server/proof/**/*.test.ts', 'builder/e2e/**/*.test.ts'],
          exclude,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
