import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password-hash';
import { loadSessionUser, sessionStamp } from '@/lib/auth/session-user';
import { bootstrapUsers } from '@/lib/users/bootstrap-users';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { changeUserRole } from '@/lib/users/change-user-role';
import { createUser } from '@/lib/users/create-user';
import { resetUserPassword } from '@/lib/users/reset-user-password';
import { setUserActive } from '@/lib/users/set-user-active';
import { SYSTEM_CHANGE, type ChangeContext } from '@/lib/users/user-audit';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
/** An admin acting from the Users page, as the server actions pass it on. */
let byAdmin: ChangeContext;
beforeAll(async () => {
  database = await createTestDatabase();
  const actor = await database.db.user.create({ data: { email: 'acting.admin@example.com', name: 'Acting', passwordHash: 'x', role: 'ADMIN' } });
  byAdmin = { actor: { id: actor.id, email: actor.email }, ip: '192.0.2.44' };
});
afterAll(() => database.drop());

let counter = 0;
async function newUser(role: 'STAFF' | 'ADMIN', password = 'initial-password-1', mustChangePassword = false) {
  counter += 1;
  const result = await createUser(
    database.db,
    { email: `User${counter}@Example.com`, name: `User ${counter}`, role, password, mustChangePassword },
    SYSTEM_CHANGE,
  );
  if (!result.ok) throw new Error(result.error);
  return database.db.user.findUniqueOrThrow({ where: { id: result.user.id } });
}

const claimsOf = (user: { id: number; passwordHash: string }) => ({ userId: user.id, stamp: sessionStamp(user.passwordHash) });

/** The audit trail of one user, oldest first, without the user.create written by newUser. */
const auditOf = async (userId: number) =>
  database.db.auditEvent.findMany({
    where: { targetType: 'user', targetId: String(userId), action: { not: 'user.create' } },
    orderBy: { id: 'asc' },
    select: { action: true, actorId: true, actorEmail: true, ip: true, details: true },
  });
const byAdminEvent = (action: string, details: unknown = null) => ({
  action,
  actorId: byAdmin.actor!.id,
  actorEmail: byAdmin.actor!.email,
  ip: byAdmin.ip,
  details,
});

describe('users', () => {
  it('stores the email lower-cased and unique, the password only as an argon2id hash, and audits', async () => {
    const user = await newUser('STAFF', 'a-long-password');
    expect(user.email).toBe(`user${counter}@example.com`);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, 'a-long-password')).toBe(true);
    const twin = await createUser(
      database.db,
      { email: user.email.toUpperCase(), name: 'Twin', role: 'STAFF', password: 'another-password', mustChangePassword: false },
      SYSTEM_CHANGE,
    );
    expect(twin).toEqual({ ok: false, error: 'email_taken' });
    const events = await database.db.auditEvent.findMany({ where: { action: 'user.create', targetId: String(user.id) } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('a-long-password');
  });

  it('ends sessions at once on deactivation, and restores them on reactivation', async () => {
    const user = await newUser('STAFF');
    expect(await loadSessionUser(database.db, claimsOf(user))).toMatchObject({ id: user.id, role: 'STAFF' });
    expect(await setUserActive(database.db, user.id, false, byAdmin)).toEqual({ ok: true });
    expect(await loadSessionUser(database.db, claimsOf(user))).toBeNull();
    // Asking for what already is changes nothing and logs nothing.
    expect(await setUserActive(database.db, user.id, false, byAdmin)).toEqual({ ok: true });
    expect(await setUserActive(database.db, user.id, true, byAdmin)).toEqual({ ok: true });
    expect(await loadSessionUser(database.db, claimsOf(user))).not.toBeNull();
    expect(await auditOf(user.id)).toEqual([byAdminEvent('user.deactivate'), byAdminEvent('user.reactivate')]);
  });

  it('applies a demotion to the next request, and a deleted user has no session', async () => {
    const admin = await newUser('ADMIN');
    await newUser('ADMIN');
    expect(await loadSessionUser(database.db, claimsOf(admin))).toMatchObject({ role: 'ADMIN' });
    expect(await changeUserRole(database.db, admin.id, 'STAFF', byAdmin)).toEqual({ ok: true });
    expect(await loadSessionUser(database.db, claimsOf(admin))).toMatchObject({ role: 'STAFF' });
    expect(await changeUserRole(database.db, admin.id, 'STAFF', byAdmin)).toEqual({ ok: true });
    expect(await auditOf(admin.id)).toEqual([byAdminEvent('user.role_change', { from: 'ADMIN', to: 'STAFF' })]);
    await database.db.user.delete({ where: { id: admin.id } });
    expect(await loadSessionUser(database.db, claimsOf(admin))).toBeNull();
  });

  it('ends old sessions when an admin resets the password; the new password signs in, to a session that must change it', async () => {
    const user = await newUser('STAFF');
    expect(user.mustChangePassword).toBe(false);
    const reset = await resetUserPassword(database.db, user.id, byAdmin);
    if (!reset.ok) throw new Error('reset failed');
    expect(await loadSessionUser(database.db, claimsOf(user))).toBeNull();
    const updated = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(updated.passwordHash, reset.password)).toBe(true);
    expect(updated.mustChangePassword).toBe(true);
    // A session made with the reset password is one that must change it, on every request.
    expect(await loadSessionUser(database.db, claimsOf(updated))).toMatchObject({ id: user.id, mustChangePassword: true });
    expect(await auditOf(user.id)).toEqual([byAdminEvent('user.password_reset')]);
    expect(await resetUserPassword(database.db, 999_999, byAdmin)).toEqual({ ok: false, error: 'not_found' });
    expect(await auditOf(999_999)).toEqual([]);
  });

  it('changes one’s own password only with the current one', async () => {
    const user = await newUser('STAFF', 'current-password');
    const ownChange: ChangeContext = { actor: { id: user.id, email: user.email }, ip: '2001:db8::7' };
    const change = (currentPassword: string, newPassword: string) =>
      changeOwnPassword(database.db, user.id, { currentPassword, newPassword }, ownChange);
    expect(await change('wrong-password!', 'brand-new-password')).toMatchObject({ ok: false, field: 'currentPassword' });
    expect(await change('current-password', 'short')).toMatchObject({ ok: false, field: 'newPassword' });
    expect(await change('current-password', 'current-password')).toMatchObject({ ok: false, field: 'newPassword' });
    expect(await change('current-password', 'brand-new-password')).toEqual({ ok: true });
    const updated = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(updated.passwordHash, 'brand-new-password')).toBe(true);
    expect(await loadSessionUser(database.db, claimsOf(user))).toBeNull();
    // Only the change that happened is logged, by the user themselves.
    expect(await auditOf(user.id)).toEqual([
      { action: 'user.password_change', actorId: user.id, actorEmail: user.email, ip: '2001:db8::7', details: null },
    ]);
  });
});

describe('a password someone else chose', () => {
  it('is flagged when created so, and the flag reaches the session on every request', async () => {
    const flagged = await newUser('STAFF', 'chosen-by-an-admin', true);
    const own = await newUser('STAFF', 'chosen-by-themselves', false);
    expect(flagged.mustChangePassword).toBe(true);
    expect(own.mustChangePassword).toBe(false);
    expect(await loadSessionUser(database.db, claimsOf(flagged))).toMatchObject({ id: flagged.id, mustChangePassword: true });
    expect(await loadSessionUser(database.db, claimsOf(own))).toMatchObject({ id: own.id, mustChangePassword: false });
    const created = await database.db.auditEvent.findFirstOrThrow({ where: { action: 'user.create', targetId: String(flagged.id) } });
    expect(created.details).toMatchObject({ mustChangePassword: true });
  });

  it('stays until the user changes it themselves: refused attempts leave it, the change clears it', async () => {
    const user = await newUser('STAFF', 'chosen-by-an-admin', true);
    const ownChange: ChangeContext = { actor: { id: user.id, email: user.email }, ip: null };
    const change = (currentPassword: string, newPassword: string) =>
      changeOwnPassword(database.db, user.id, { currentPassword, newPassword }, ownChange);
    const flag = async () => (await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword;

    expect(await change('not-the-password', 'my-own-password-1')).toMatchObject({ ok: false, field: 'currentPassword' });
    expect(await change('chosen-by-an-admin', 'chosen-by-an-admin')).toMatchObject({ ok: false, field: 'newPassword' });
    expect(await change('chosen-by-an-admin', 'short')).toMatchObject({ ok: false, field: 'newPassword' });
    expect(await flag()).toBe(true);

    expect(await change('chosen-by-an-admin', 'my-own-password-1')).toEqual({ ok: true });
    expect(await flag()).toBe(false);
    const updated = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await loadSessionUser(database.db, claimsOf(updated))).toMatchObject({ id: user.id, mustChangePassword: false });
    expect((await auditOf(user.id)).map((event) => event.action)).toEqual(['user.password_change']);

    // An admin's reset puts it back.
    expect(await resetUserPassword(database.db, user.id, byAdmin)).toMatchObject({ ok: true });
    expect(await flag()).toBe(true);
  });
});

describe('a change to a user and its audit entry', () => {
  // An actor that does not exist breaks the audit entry's foreign key: the change must go with it.
  const unloggable: ChangeContext = { actor: { id: 999_999, email: 'nobody@example.com' }, ip: null };

  it('commit together, or neither does', async () => {
    const user = await newUser('STAFF', 'current-password');
    await expect(changeOwnPassword(database.db, user.id, { currentPassword: 'current-password', newPassword: 'brand-new-password' }, unloggable)).rejects.toThrow();
    await expect(resetUserPassword(database.db, user.id, unloggable)).rejects.toThrow();
    await expect(setUserActive(database.db, user.id, false, unloggable)).rejects.toThrow();
    await expect(changeUserRole(database.db, user.id, 'ADMIN', unloggable)).rejects.toThrow();
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    // The failed reset did not set the flag either.
    expect(after).toMatchObject({ passwordHash: user.passwordHash, isActive: true, role: 'STAFF', mustChangePassword: false });
    expect(await auditOf(user.id)).toEqual([]);
  });

  it('a required change is not lifted by a password change whose audit entry fails', async () => {
    const user = await newUser('STAFF', 'current-password', true);
    await expect(changeOwnPassword(database.db, user.id, { currentPassword: 'current-password', newPassword: 'brand-new-password' }, unloggable)).rejects.toThrow();
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ passwordHash: user.passwordHash, mustChangePassword: true });
    expect(await auditOf(user.id)).toEqual([]);
  });
});

describe('the last active admin', () => {
  it('cannot be deactivated or demoted, while another admin can', async () => {
    await database.db.user.updateMany({ where: { role: 'ADMIN' }, data: { isActive: false } });
    const only = await newUser('ADMIN');
    expect(await setUserActive(database.db, only.id, false, SYSTEM_CHANGE)).toEqual({ ok: false, error: 'last_admin' });
    expect(await changeUserRole(database.db, only.id, 'STAFF', SYSTEM_CHANGE)).toEqual({ ok: false, error: 'last_admin' });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: only.id } })).toMatchObject({ role: 'ADMIN', isActive: true });

    const second = await newUser('ADMIN');
    expect(await changeUserRole(database.db, only.id, 'STAFF', SYSTEM_CHANGE)).toEqual({ ok: true });
    expect(await setUserActive(database.db, second.id, false, SYSTEM_CHANGE)).toEqual({ ok: false, error: 'last_admin' });
    // An inactive admin is no safeguard, and can itself be demoted freely.
    await database.db.user.update({ where: { id: only.id }, data: { role: 'ADMIN', isActive: false } });
    expect(await changeUserRole(database.db, second.id, 'STAFF', SYSTEM_CHANGE)).toEqual({ ok: false, error: 'last_admin' });
    expect(await changeUserRole(database.db, only.id, 'STAFF', SYSTEM_CHANGE)).toEqual({ ok: true });
  });

  it('survives two admins demoting each other at the same moment', async () => {
    await database.db.user.updateMany({ where: { role: 'ADMIN' }, data: { isActive: false } });
    const [a, b] = [await newUser('ADMIN'), await newUser('ADMIN')];
    const results = await Promise.all([
      changeUserRole(database.db, a.id, 'STAFF', SYSTEM_CHANGE),
      setUserActive(database.db, b.id, false, SYSTEM_CHANGE),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await database.db.user.count({ where: { role: 'ADMIN', isActive: true } })).toBe(1);
  });
});

describe('bootstrapUsers', () => {
  it('uses ADMIN_EMAIL / ADMIN_PASSWORD without returning the password, and is idempotent', async () => {
    const env = { ADMIN_EMAIL: 'Boss@Example.com', ADMIN_PASSWORD: 'from-the-environment' };
    expect(await bootstrapUsers(database.db, env)).toEqual([{ email: 'boss@example.com', role: 'ADMIN', generatedPassword: null }]);
    expect(await bootstrapUsers(database.db, env)).toEqual([]);
    const boss = await database.db.user.findUniqueOrThrow({ where: { email: 'boss@example.com' } });
    expect(await verifyPassword(boss.passwordHash, 'from-the-environment')).toBe(true);
    // The operator chose ADMIN_PASSWORD: nothing makes them change it.
    expect(boss.mustChangePassword).toBe(false);
  });

  it('makes an ADMIN_EMAIL admin without ADMIN_PASSWORD change the generated password at first sign-in', async () => {
    const [admin] = await bootstrapUsers(database.db, { ADMIN_EMAIL: 'generated.boss@example.com' });
    expect(admin).toMatchObject({ email: 'generated.boss@example.com', role: 'ADMIN', generatedPassword: expect.any(String) });
    const stored = await database.db.user.findUniqueOrThrow({ where: { email: 'generated.boss@example.com' } });
    expect(stored.mustChangePassword).toBe(true);
  });

  it('creates a demo admin and staff user with generated passwords only in an empty database', async () => {
    const empty = await createTestDatabase();
    try {
      const created = await bootstrapUsers(empty.db, {});
      expect(created.map(({ email, role }) => ({ email, role }))).toEqual([
        { email: 'admin@customer-hub.local', role: 'ADMIN' },
        { email: 'staff@customer-hub.local', role: 'STAFF' },
      ]);
      for (const user of created) {
        const stored = await empty.db.user.findUniqueOrThrow({ where: { email: user.email } });
        expect(await verifyPassword(stored.passwordHash, user.generatedPassword!)).toBe(true);
        expect(stored.mustChangePassword).toBe(true);
      }
      expect(await bootstrapUsers(empty.db, {})).toEqual([]);
    } finally {
      await empty.drop();
    }
  });
});
