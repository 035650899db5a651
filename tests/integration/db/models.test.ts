import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const at = (iso: string) => new Date(iso);

describe('every model round-trips', () => {
  it('users and API tokens', async () => {
    const { db } = database;
    const user = await db.user.create({
      data: { email: 'ada@example.com', name: 'Ada', passwordHash: 'argon2id$x', role: 'ADMIN', lastLoginAt: at('2025-01-02T03:04:05.678Z') },
    });
    const token = await db.apiToken.create({
      data: { userId: user.id, label: 'CI', keyHash: 'h'.repeat(64), prefix: 'chub_ab12', lastUsedAt: at('2025-02-01T00:00:00.001Z') },
    });
    const read = await db.user.findUniqueOrThrow({ where: { email: 'ada@example.com' }, include: { apiTokens: true } });
    expect(read).toMatchObject({ name: 'Ada', role: 'ADMIN', isActive: true, lastLoginAt: at('2025-01-02T03:04:05.678Z') });
    expect(read.apiTokens).toEqual([token]);
    await expect(db.user.create({ data: { email: 'ada@example.com', name: 'Twin', passwordHash: 'x' } })).rejects.toThrow();
  });

  it('customers with unicode, JSON payloads, groups and snapshots', async () => {
    const { db } = database;
    const run = await db.syncRun.create({
      data: { source: 'MAYAR', mode: 'FULL', trigger: 'cli', invalidRows: [{ page: 2, upstreamId: null, reason: 'email: Invalid' }] },
    });
    const payload = { id: '0072cf8e-a8f1-4ce9-9dcd-3683f085ebf1', name: 'Élodie <b>Dupont</b>', createdAt: 1735787039376, nested: { ok: true } };
    const customer = await db.customer.create({
      data: {
        source: 'MAYAR',
        upstreamId: payload.id,
        firstName: 'Élodie',
        lastName: '<b>Dupont</b>',
        mobileNumber: '6281296450946',
        email: 'Elodie@Example.com',
        createdAt: at('2025-01-02T03:03:59.376Z'),
        updatedAt: at('2025-01-02T03:03:59.377Z'),
        contentHash: 'c1',
        payload,
        searchText: 'élodie\u001f<b>dupont</b>',
      },
    });
    const group = await db.customerGroup.create({ data: { name: 'VIP', members: { create: { customerId: customer.id } } } });
    await db.customerSnapshot.create({
      data: { customerId: customer.id, syncRunId: run.id, contentHash: 'c1', payload, change: 'CREATED' },
    });

    const read = await db.customer.findUniqueOrThrow({
      where: { source_upstreamId: { source: 'MAYAR', upstreamId: payload.id } },
      include: { groups: true, snapshots: true },
    });
    expect(read.payload).toEqual(payload);
    expect(read.firstName).toBe('Élodie');
    expect(read.createdAt).toEqual(at('2025-01-02T03:03:59.376Z'));
    expect(read.groups.map((member) => member.groupId)).toEqual([group.id]);
    expect(read.snapshots).toMatchObject([{ change: 'CREATED', syncRunId: run.id, payload }]);
    expect((await db.syncRun.findUniqueOrThrow({ where: { id: run.id } })).invalidRows).toEqual([
      { page: 2, upstreamId: null, reason: 'email: Invalid' },
    ]);
    await expect(
      db.customer.create({ data: { ...customer, id: undefined, payload, contentHash: 'dup' } }),
    ).rejects.toThrow();
  });

  it('sync leases and audit events', async () => {
    const { db } = database;
    const lease = await db.syncLease.create({ data: { source: 'CUSTOMER_SERVICE', holder: 'host:1', expiresAt: at('2030-01-01T00:00:00Z') } });
    expect(await db.syncLease.findUniqueOrThrow({ where: { source: 'CUSTOMER_SERVICE' } })).toEqual(lease);
    const event = await db.auditEvent.create({
      data: { actorEmail: 'ada@example.com', action: 'user.create', targetType: 'user', targetId: '7', details: { role: 'STAFF' }, ip: '127.0.0.1' },
    });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});

describe('SQLite connections', () => {
  it('run in WAL mode on 16 KB pages with a 32 MB cache, committing without waiting for the disk (synchronous = NORMAL)', async (context) => {
    if (database.provider !== 'sqlite') return context.skip();
    const pragma = async (name: string) => Object.values((await database.db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(Number(await pragma('synchronous'))).toBe(1);
    expect(Number(await pragma('page_size'))).toBe(16_384);
    expect(Number(await pragma('cache_size'))).toBe(-32_768);
  });
});
