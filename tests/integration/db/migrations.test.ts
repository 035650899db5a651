import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { migrationNames, readSchema } from '@/lib/db/migrations/files';
import { readMigrationStatus } from '@/lib/db/migrations/status';
import { providerOf } from '@/lib/db/provider';
import { dropPostgresDatabase, withDatabaseName } from '../../support/postgres-admin';
import { driftFromSchema } from '../../support/schema-drift';

const provider = providerOf(inject('templateUrl'));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'customer-hub-migrate-'));
const emptyUrl =
  provider === 'sqlite'
    ? `file:${path.join(scratch, 'fresh.db')}`
    : withDatabaseName(inject('templateUrl'), (name) => name.replace(/_template$/, `_fresh_${randomUUID().slice(0, 8)}`));

afterAll(async () => {
  if (provider === 'postgresql') await dropPostgresDatabase(emptyUrl);
  rmSync(scratch, { recursive: true, force: true });
});

describe(`migrations on ${provider}`, () => {
  it('apply from an empty database, then a second run is a no-op', async () => {
    const first = await applyMigrations(emptyUrl);
    expect(first.applied).toEqual(migrationNames(provider));
    expect(first.applied.length).toBeGreaterThan(0);

    const second = await applyMigrations(emptyUrl);
    expect(second.applied).toEqual([]);

    const db = createDb(emptyUrl);
    try {
      const status = await readMigrationStatus(db, provider);
      expect(status).toEqual({ applied: migrationNames(provider), pending: [], failed: [] });
      // Recorded by name, the way `prisma migrate status` on a machine with the binary reads them.
      const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        'SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows.map((row) => row.migration_name)).toEqual(migrationNames(provider));
      for (const row of rows) expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await db.$disconnect();
    }
  });

  it('leave a database that matches the schema exactly', async () => {
    await applyMigrations(emptyUrl);
    expect(await driftFromSchema(emptyUrl, readSchema(provider))).toBe('');
  });

  it('report a migration that is in the repository but not applied as pending', async () => {
    const db = createDb(emptyUrl);
    try {
      await db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = '${migrationNames(provider).at(-1)}'`);
      const status = await readMigrationStatus(db, provider);
      expect(status.pending).toEqual([migrationNames(provider).at(-1)]);
    } finally {
      await db.$disconnect();
    }
  });
});
