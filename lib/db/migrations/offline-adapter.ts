/**
 * An adapter for datamodel-to-datamodel diffs, which need no database. Prisma's mock adapter
 * rejects every query; the PostgreSQL engine still sends one probe (schema exists, server
 * version) when it starts, so that one is answered and anything else stays an error.
 */
import { ColumnTypeEnum, mockMigrationAwareAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import type { DbProvider } from '../provider';

const POSTGRES_PROBE = {
  columnNames: ['exists', 'version', 'numeric_version'],
  columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
  rows: [[true, 'PostgreSQL 15.0 (offline diff)', 150000]],
};

export function offlineAdapterFactory(provider: DbProvider): SqlMigrationAwareDriverAdapterFactory {
  if (provider === 'sqlite') return mockMigrationAwareAdapterFactory('sqlite');
  const mock = mockMigrationAwareAdapterFactory('postgres');
  const answerProbe = async () => {
    const adapter = await mock.connect();
    return {
      ...adapter,
      queryRaw: (query: SqlQuery) =>
        query.sql.includes('server_version_num') ? Promise.resolve(POSTGRES_PROBE) : adapter.queryRaw(query),
    };
  };
  return { ...mock, connect: answerProbe, connectToShadowDb: answerProbe };
}
