/** Creating and dropping whole PostgreSQL databases for tests, through the server's `postgres` db. */
import pg from 'pg';
import { quotePgIdent } from '@/lib/db/provider';

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function withDatabaseName(url: string, rename: (name: string) => string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(rename(databaseNameOf(url)))}`;
  return next.toString();
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(url, () => 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function dropPostgresDatabase(url: string): Promise<void> {
  return withAdmin(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quotePgIdent(databaseNameOf(url))} WITH (FORCE)`);
  });
}

export function copyPostgresDatabase(templateUrl: string, targetUrl: string): Promise<void> {
  return withAdmin(templateUrl, async (client) => {
    await client.query(
      `CREATE DATABASE ${quotePgIdent(databaseNameOf(targetUrl))} TEMPLATE ${quotePgIdent(databaseNameOf(templateUrl))}`,
    );
  });
}
