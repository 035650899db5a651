import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const postgresUrl = process.env.TEST_POSTGRES_URL;

const shared = {
  resolve: {
    alias: {
      '@': root,
      // Outside Next's react-server bundle `server-only` throws by design; tests are server code.
      'server-only': path.join(root, 'node_modules/server-only/empty.js'),
    },
  },
};

const databaseProject = (provider: 'sqlite' | 'postgresql') => ({
  ...shared,
  test: {
    name: provider,
    include: ['tests/integration/**/*.test.ts'],
    globalSetup: ['tests/support/database-global-setup.ts'],
    env: { TEST_DB_PROVIDER: provider },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

if (!postgresUrl) {
  console.log('PostgreSQL pass SKIPPED: TEST_POSTGRES_URL is not set (.ci/run sets it; see README "Tests").');
}

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      databaseProject('sqlite'),
      ...(postgresUrl ? [databaseProject('postgresql')] : []),
      {
        ...shared,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/e2e-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
