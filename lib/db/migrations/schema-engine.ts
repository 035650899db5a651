/**
 * Prisma's schema engine compiled to Wasm, so migrations need no native binary (none can be
 * downloaded here). The package's entry imports its `.wasm` directly, which plain Node rejects,
 * so we instantiate the module ourselves.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

// On globalThis, not in a module variable: the glue module holds one Wasm instance, and a second
// copy of this module (vitest loads one per project) must not instantiate over the first.
const shared = globalThis as { customerHubSchemaEngine?: Promise<Bindings> };

async function loadBindings(): Promise<Bindings> {
  const glue: Bindings & { __wbg_set_wasm(wasm: unknown): void } = await import(
    '@prisma/schema-engine-wasm/schema_engine_bg'
  );
  // The exports map has no `.wasm` entry: find it beside the glue module.
  const require = createRequire(import.meta.url);
  const glueFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(path.join(path.dirname(glueFile), 'schema_engine_bg.wasm'));
  const module = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': glue as never });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return glue;
}

export interface EngineSchemaFile {
  path: string;
  content: string;
}

export interface RunningSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (a lingering SQLite one locks writers). */
  close(): Promise<void>;
}

/** Starts an engine on the given database; `log` receives the engine's own log lines. */
export async function startSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: EngineSchemaFile,
  log: (line: string) => void = () => {},
): Promise<RunningSchemaEngine> {
  shared.customerHubSchemaEngine ??= loadBindings();
  const { SchemaEngine } = await shared.customerHubSchemaEngine;
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: Promise<SqlDriverAdapter>) => {
    const adapter = await connect;
    opened.push(adapter);
    return adapter;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}
