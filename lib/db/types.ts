/** Model types and enums, identical for both providers (see client.ts). */
export * from './generated/sqlite/enums';
export type {
  ApiToken,
  AuditEvent,
  Customer,
  CustomerGroup,
  CustomerGroupMember,
  CustomerSnapshot,
  SyncLease,
  SyncRun,
  User,
} from './generated/sqlite/client';
export { Prisma } from './generated/sqlite/client';
