import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVIDERS, schemaPath } from '@/lib/db/migrations/files';
import { diffSchemas, previousSource } from '@/lib/db/migrations/write';
import { derivePostgresSchema } from '@/lib/db/schema/derive-postgres-schema';

const source = readFileSync(schemaPath('sqlite'), 'utf8');

describe('one data model on two providers', () => {
  it('prisma/postgresql/schema.prisma is exactly what `npm run db:derive` writes', () => {
    expect(readFileSync(schemaPath('postgresql'), 'utf8')).toBe(derivePostgresSchema(source));
  });

  it('the derived schema has the same models and fields, with timestamptz columns', () => {
    const derived = derivePostgresSchema(source);
    const fieldsOf = (schema: string) =>
      [...schema.matchAll(/^\s{2}(\w+)\s+(\w+\??)/gm)].map((match) => `${match[1]} ${match[2]}`);
    expect(fieldsOf(derived)).toEqual(fieldsOf(source));
    const dateTimes = derived.split('\n').filter((line) => /\sDateTime\??\s/.test(`${line} `));
    expect(dateTimes.length).toBeGreaterThan(10);
    for (const line of dateTimes) expect(line).toContain('@db.Timestamptz(3)');
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('generated/sqlite');
  });

  it.each(PROVIDERS)('every schema change has a migration (%s)', async (provider) => {
    const sql = await diffSchemas(provider, previousSource(), source);
    expect(sql.replace(/--.*$/gm, '').trim()).toBe('');
  });
});
