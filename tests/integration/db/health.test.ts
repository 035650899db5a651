import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { migrationNames } from '@/lib/db/migrations/files';
import packageJson from '@/package.json';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
});
afterAll(() => database.drop());

describe('GET /api/health', () => {
  it('answers 200 with provider, version and every migration applied', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'ok',
      version: packageJson.version,
      database: {
        provider: database.provider,
        reachable: true,
        migrations: { applied: migrationNames(database.provider).length, pending: [], failed: [] },
      },
    });
  });

  it('answers 503 naming the migration that is not applied', async () => {
    const last = migrationNames(database.provider).at(-1)!;
    await database.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = '${last}'`);
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe('unavailable');
    expect(body.database.migrations.pending).toEqual([last]);
  });

  it('answers 503 when the database cannot be reached', async () => {
    process.env.DATABASE_URL = 'postgresql://nobody@127.0.0.1:1/nowhere';
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect((await response.json()).database).toMatchObject({ reachable: false });
    } finally {
      process.env.DATABASE_URL = database.url;
    }
  });
});
