/** Where each provider's schema and migrations live, read the way the schema engine wants them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DbProvider } from '../provider';

export const PROVIDERS: readonly DbProvider[] = ['sqlite', 'postgresql'];

const MIGRATION_FILE = 'migration.sql';
export const LOCKFILE = 'migration_lock.toml';

/** Copy of the source schema kept beside each migration, so the next one is a datamodel diff. */
export const SCHEMA_COPY = 'schema.prisma';

export function prismaDir(root = process.cwd()): string {
  return path.join(root, 'prisma');
}

export function schemaPath(provider: DbProvider, root?: string): string {
  return path.join(prismaDir(root), provider, 'schema.prisma');
}

export function migrationsDir(provider: DbProvider, root?: string): string {
  return path.join(prismaDir(root), provider, 'migrations');
}

export function readSchema(provider: DbProvider, root?: string): { path: string; content: string } {
  const file = schemaPath(provider, root);
  return { path: file, content: readFileSync(file, 'utf8') };
}

/** Migration folder names in the order Prisma applies them (lexical, timestamp-prefixed). */
export function migrationNames(provider: DbProvider, root?: string): string[] {
  const dir = migrationsDir(provider, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, MIGRATION_FILE)))
    .map((entry) => entry.name)
    .sort();
}

export function readMigrationsList(provider: DbProvider, root?: string) {
  const baseDir = migrationsDir(provider, root);
  const lockPath = path.join(baseDir, LOCKFILE);
  return {
    baseDir,
    // Names relative to baseDir, as Prisma's CLI passes them: they are what `_prisma_migrations` records.
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: migrationNames(provider, root).map((name) => {
      const content = readFileSync(path.join(baseDir, name, MIGRATION_FILE), 'utf8');
      return { path: name, migrationFile: { path: MIGRATION_FILE, content: { tag: 'ok' as const, value: content } } };
    }),
  };
}
