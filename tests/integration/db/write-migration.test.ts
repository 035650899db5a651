/**
 * `npm run db:migration` (writeMigration) on a scratch copy of prisma/: a schema change becomes
 * one new migration folder for both providers, whose SQL applies cleanly on top of the existing
 * migrations and leaves no drift; an unchanged schema writes nothing. Each vitest project applies
 * the SQL of its own provider.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { PROVIDERS, SCHEMA_COPY, migrationNames, migrationsDir, readSchema, schemaPath } from '@/lib/db/migrations/files';
import { previousSource, writeMigration } from '@/lib/db/migrations/write';
import { providerOf } from '@/lib/db/provider';
import { derivePostgresSchema } from '@/lib/db/schema/derive-postgres-schema';
import { dropPostgresDatabase, withDatabaseName } from '../../support/postgres-admin';
import { driftFromSchema } from '../../support/schema-drift';

const provider = providerOf(inject('templateUrl'));
const root = mkdtempSync(path.join(os.tmpdir(), 'customer-hub-write-migration-'));
const url =
  provider === 'sqlite'
    ? `file:${path.join(root, 'hub.db')}`
    : withDatabaseName(inject('templateUrl'), (name) => name.replace(/_template$/, `_write_migration_${randomUUID().slice(0, 8)}`));

/**
 * The copy starts from the repository's migrations and the schema the newest one was made from
 * (not prisma/sqlite/schema.prisma, which someone may be editing towards their next migration).
 */
function writeSource(source: string) {
  writeFileSync(schemaPath('sqlite', root), source);
  // What `npm run db:derive` (part of db:generate) does after a schema change.
  writeFileSync(schemaPath('postgresql', root), derivePostgresSchema(source));
}

beforeAll(() => {
  for (const each of PROVIDERS) {
    mkdirSync(path.dirname(migrationsDir(each, root)), { recursive: true });
    cpSync(migrationsDir(each), migrationsDir(each, root), { recursive: true });
  }
  writeSource(previousSource()!);
});

afterAll(async () => {
  if (provider === 'postgresql') await dropPostgresDatabase(url);
  rmSync(root, { recursive: true, force: true });
});

/** Every file under the copy's prisma/ folder with its content. */
function snapshotOfPrismaFolder(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else files[path.relative(root, file)] = readFileSync(file, 'utf8');
    }
  };
  walk(path.join(root, 'prisma'));
  return files;
}

/** Adds a field line at the end of a model's fields; a schema without that model fails loudly. */
function addField(source: string, model: string, field: string): string {
  const fields = new RegExp(`^(model ${model} \\{[^}]*?)(\\n\\s*@@)`, 'm');
  if (!fields.test(source)) throw new Error(`no model ${model} with an @@ attribute in the schema; update this test's schema change`);
  return source.replace(fields, `$1\n  ${field}$2`);
}

/**
 * A new table with a foreign key and an index, its back-relation, and a NOT NULL column with a
 * default on a table other rows point at (which SQLite can only do by redefining the table).
 */
function withCustomerNotesAndGroupColours(source: string): string {
  const changed = addField(addField(source, 'Customer', 'notes CustomerNote[]'), 'CustomerGroup', 'colour String @default("grey")');
  return `${changed.trimEnd()}

model CustomerNote {
  id         Int      @id @default(autoincrement())
  customerId Int
  customer   Customer @relation(fields: [customerId], references: [id], onDelete: Cascade)
  body       String
  createdAt  DateTime @default(now())

  @@index([customerId, createdAt])
  @@map("customer_notes")
}
`;
}

describe(`writeMigration (npm run db:migration), applied on ${provider}`, () => {
  it('writes nothing when the schema has not changed since the last migration', async () => {
    const before = snapshotOfPrismaFolder();
    expect(await writeMigration({ name: 'nothing changed', root })).toBeNull();
    expect(snapshotOfPrismaFolder()).toEqual(before);
  });

  it('turns a schema change into one new migration for both providers, which applies cleanly and leaves no drift', async () => {
    // A database at the current head, holding rows the change must keep.
    const existing = migrationNames(provider, root);
    expect((await applyMigrations(url, root)).applied).toEqual(existing);
    let db = createDb(url);
    const group = await db.customerGroup.create({ data: { name: 'VIP' } });
    const customer = await db.customer.create({
      data: { source: 'MAYAR', upstreamId: 'm-1', createdAt: new Date(), updatedAt: new Date(), contentHash: 'h', payload: {} },
    });
    await db.customerGroupMember.create({ data: { groupId: group.id, customerId: customer.id } });
    // Migrating SQLite needs the file to itself (see apply.ts).
    await db.$disconnect();

    const source = withCustomerNotesAndGroupColours(readSchema('sqlite', root).content);
    writeSource(source);
    const written = await writeMigration({ name: 'Customer notes & group colours!', root });

    expect(written?.name).toMatch(/^\d{14}_customer_notes_group_colours$/);
    const name = written!.name;
    expect(written!.dirs).toEqual(PROVIDERS.map((each) => path.join(migrationsDir(each, root), name)));
    for (const each of PROVIDERS) {
      // One new folder per provider, the last in the order migrations are applied.
      expect(migrationNames(each, root)).toEqual([...migrationNames(each), name]);
      const sql = readFileSync(path.join(migrationsDir(each, root), name, 'migration.sql'), 'utf8');
      expect(sql).toContain('CREATE TABLE "customer_notes"');
      expect(sql).toMatch(/"colour" TEXT NOT NULL DEFAULT 'grey'/);
    }
    // The next migration is diffed from this one's schema.
    expect(readFileSync(path.join(migrationsDir('sqlite', root), name, SCHEMA_COPY), 'utf8')).toBe(source);

    expect((await applyMigrations(url, root)).applied).toEqual([name]);
    expect(await driftFromSchema(url, readSchema(provider, root))).toBe('');
    db = createDb(url);
    try {
      const groups = await db.$queryRawUnsafe<{ name: string; colour: string }[]>('SELECT "name", "colour" FROM "customer_groups"');
      expect(groups).toEqual([{ name: 'VIP', colour: 'grey' }]);
      expect(await db.customerGroupMember.count()).toBe(1);
      // The new table's foreign key cascades as the schema says.
      await db.$executeRawUnsafe(`INSERT INTO "customer_notes" ("customerId", "body") VALUES (${customer.id}, 'called back')`);
      await db.customer.delete({ where: { id: customer.id } });
      expect(await db.$queryRawUnsafe<unknown[]>('SELECT * FROM "customer_notes"')).toEqual([]);
    } finally {
      await db.$disconnect();
    }

    // Nothing more to write until the schema changes again.
    const after = snapshotOfPrismaFolder();
    expect(await writeMigration({ name: 'again', root })).toBeNull();
    expect(snapshotOfPrismaFolder()).toEqual(after);
  });
});
