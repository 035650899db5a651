/**
 * Migrates one template database per run (with the real Wasm migration path); every test file
 * then gets its own copy, which is far faster than migrating each one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { dropPostgresDatabase, withDatabaseName } from './postgres-admin';

declare module 'vitest' {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const provider = project.config.env.TEST_DB_PROVIDER;
  if (provider === 'postgresql') {
    const templateUrl = withDatabaseName(process.env.TEST_POSTGRES_URL!, (name) => `${name}_template`);
    await dropPostgresDatabase(templateUrl);
    await applyMigrations(templateUrl);
    project.provide('templateUrl', templateUrl);
    return () => dropPostgresDatabase(templateUrl);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'customer-hub-tests-'));
  const templateUrl = `file:${path.join(dir, 'template.db')}`;
  await applyMigrations(templateUrl);
  project.provide('templateUrl', templateUrl);
  return () => rmSync(dir, { recursive: true, force: true });
}
