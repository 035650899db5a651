import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authenticateApiRequest } from '@/lib/auth/api-request';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { findTokenByKey } from '@/lib/tokens/find-token-by-key';
import { listApiTokens } from '@/lib/tokens/list-api-tokens';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';
import { hashTokenKey } from '@/lib/tokens/token-key';
import { forgetRecentTokenWrites, touchTokenLastUsed } from '@/lib/tokens/touch-token-last-used';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
let owner: { id: number; email: string };
let other: { id: number; email: string };
beforeAll(async () => {
  database = await createTestDatabase();
  owner = await database.db.user.create({ data: { email: 'owner@example.com', name: 'Owner', passwordHash: 'x' } });
  other = await database.db.user.create({ data: { email: 'other@example.com', name: 'Other', passwordHash: 'x' } });
});
afterAll(() => database.drop());
beforeEach(() => forgetRecentTokenWrites());

const audit = (actor: { id: number; email: string }) => ({ actor, ip: '198.51.100.7' });
const call = (key: string) =>
  authenticateApiRequest(new Request('http://localhost/api/x', { headers: { authorization: `Token ${key}` } }), database.db);
const lastUsed = async (id: number) => (await database.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;

describe('API token lifecycle', () => {
  it('creates a recognisable key, stores only its hash and a short prefix, and audits', async () => {
    const created = await createApiToken(database.db, { userId: owner.id, label: '  CI pipeline ' }, audit(owner));
    expect(created.key).toMatch(/^chub_[A-Za-z0-9_-]{40}$/);
    expect(created.label).toBe('CI pipeline');
    const row = await database.db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(hashTokenKey(created.key));
    expect(row.prefix).toBe(created.key.slice(0, 11));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const event = await database.db.auditEvent.findFirstOrThrow({ where: { action: 'token.create', targetId: String(created.id) } });
    expect(event).toMatchObject({ actorId: owner.id, ip: '198.51.100.7' });
    expect(JSON.stringify(event)).not.toContain(created.key);
    await expect(createApiToken(database.db, { userId: owner.id, label: '   ' }, audit(owner))).rejects.toThrow();
  });

  it('verifies, records use at most once a minute, and refuses the key once revoked', async () => {
    const { id, key } = await createApiToken(database.db, { userId: owner.id, label: 'lifecycle' }, audit(owner));
    expect(await lastUsed(id)).toBeNull();

    expect(await call(key)).toMatchObject({ ok: true, via: 'token', user: { id: owner.id } });
    const first = await lastUsed(id);
    expect(first).not.toBeNull();
    for (let i = 0; i < 5; i += 1) expect((await call(key)).ok).toBe(true);
    expect(await lastUsed(id)).toEqual(first);

    const revoked = await revokeApiToken(database.db, { tokenId: id, ownerId: owner.id }, audit(owner));
    expect(revoked).toEqual({ ok: true });
    const refused = await call(key);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(await refused.response.json()).toEqual({ detail: 'Invalid token.' });
    expect(await revokeApiToken(database.db, { tokenId: id, ownerId: owner.id }, audit(owner))).toEqual({ ok: false, error: 'not_found' });
    const revocations = await database.db.auditEvent.findMany({ where: { action: 'token.revoke', targetId: String(id) } });
    expect(revocations).toMatchObject([{ actorId: owner.id, actorEmail: owner.email, targetType: 'api_token', ip: '198.51.100.7' }]);
  });

  it('creates or revokes a token only together with its audit entry', async () => {
    // An actor that does not exist breaks the audit entry's foreign key: the change must go with it.
    const unloggable = { actor: { id: 999_999, email: 'nobody@example.com' }, ip: null };
    await expect(createApiToken(database.db, { userId: owner.id, label: 'unlogged' }, unloggable)).rejects.toThrow();
    expect(await database.db.apiToken.count({ where: { label: 'unlogged' } })).toBe(0);

    const { id, key } = await createApiToken(database.db, { userId: owner.id, label: 'kept' }, audit(owner));
    await expect(revokeApiToken(database.db, { tokenId: id, ownerId: null }, unloggable)).rejects.toThrow();
    expect((await call(key)).ok).toBe(true);
    expect(await database.db.auditEvent.count({ where: { action: 'token.revoke', targetId: String(id) } })).toBe(0);
  });

  it('coalesces last-used writes across instances: the database row decides', async () => {
    const { id, key } = await createApiToken(database.db, { userId: owner.id, label: 'coalesce' }, audit(owner));
    const found = (await findTokenByKey(database.db, key))!;
    const t0 = new Date('2030-01-01T00:00:00Z');
    expect(await touchTokenLastUsed(database.db, found, t0)).toBe(true);
    // Another instance (empty memory) read the row before the write above: the conditional update refuses.
    forgetRecentTokenWrites();
    expect(await touchTokenLastUsed(database.db, found, new Date(t0.getTime() + 30_000))).toBe(false);
    // Same instance, within the minute: not even attempted.
    expect(await touchTokenLastUsed(database.db, { id, lastUsedAt: null }, new Date(t0.getTime() + 59_000))).toBe(false);
    expect(await lastUsed(id)).toEqual(t0);
    // The refused attempt at +30 s counts as this instance's last write, so the next is due at +90 s.
    expect(await touchTokenLastUsed(database.db, { id, lastUsedAt: t0 }, new Date(t0.getTime() + 80_000))).toBe(false);
    const later = new Date(t0.getTime() + 91_000);
    expect(await touchTokenLastUsed(database.db, { id, lastUsedAt: t0 }, later)).toBe(true);
    expect(await lastUsed(id)).toEqual(later);
  });

  it('lets users revoke only their own tokens, and admins anyone’s', async () => {
    const theirs = await createApiToken(database.db, { userId: other.id, label: 'theirs' }, audit(other));
    expect(await revokeApiToken(database.db, { tokenId: theirs.id, ownerId: owner.id }, audit(owner))).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect((await call(theirs.key)).ok).toBe(true);
    expect(await revokeApiToken(database.db, { tokenId: theirs.id, ownerId: null }, audit(owner))).toEqual({ ok: true });
    expect((await call(theirs.key)).ok).toBe(false);
  });

  it('lists one user’s tokens or everyone’s, newest first, without hashes', async () => {
    const mine = await listApiTokens(database.db, owner.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((token) => token.owner.id === owner.id)).toBe(true);
    const all = await listApiTokens(database.db, null);
    expect(new Set(all.map((token) => token.owner.id))).toEqual(new Set([owner.id, other.id]));
    expect(all.map((token) => token.id)).toEqual([...all.map((token) => token.id)].sort((a, b) => b - a));
    expect(Object.keys(all[0]!)).not.toContain('keyHash');
  });
});
