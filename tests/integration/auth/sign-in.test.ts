import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeCredentials, type AuthorizeResult } from '@/lib/auth/authorize-credentials';
import { hashPassword } from '@/lib/auth/password-hash';
import { INVALID_CREDENTIALS } from '@/lib/auth/sign-in-messages';
import { SIGN_IN_THROTTLE } from '@/lib/auth/sign-in-throttle';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const passwordHash = await hashPassword('the-right-password');
  await database.db.user.createMany({
    data: [
      { email: 'ada@example.com', name: 'Ada', passwordHash, role: 'ADMIN' },
      { email: 'bob@example.com', name: 'Bob', passwordHash },
      { email: 'cy@example.com', name: 'Cy', passwordHash },
      { email: 'gone@example.com', name: 'Gone', passwordHash, isActive: false },
      { email: 'dora@example.com', name: 'Dora', passwordHash },
    ],
  });
});
afterAll(() => database.drop());

const GENERIC: AuthorizeResult = { ok: false, message: 'Invalid email or password.' };
const THROTTLED: AuthorizeResult = { ok: false, message: 'Too many attempts. Try again in 15 minutes.' };
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;
const minutesFromNow = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);

const attempt = (email: string, password: string, ip: string | null, now?: () => Date) =>
  authorizeCredentials(database.db, { email, password }, { ip, now });

describe('authorizeCredentials', () => {
  it('signs in with the right password (email in any case), records the sign-in and the time', async () => {
    const ip = freshIp();
    const result = await attempt(' ADA@example.com ', 'the-right-password', ip);
    expect(result).toMatchObject({ ok: true, user: { email: 'ada@example.com', name: 'Ada', role: 'ADMIN' } });
    const ada = await database.db.user.findUniqueOrThrow({ where: { email: 'ada@example.com' } });
    expect(ada.lastLoginAt).not.toBeNull();
    expect(await database.db.auditEvent.count({ where: { action: 'auth.sign_in', actorId: ada.id, ip } })).toBe(1);
  });

  it('gives the same answer for a wrong password, an unknown email, an inactive user and junk input', async () => {
    const ip = freshIp();
    expect(await attempt('ada@example.com', 'wrong-password', ip)).toEqual(GENERIC);
    expect(await attempt('nobody@example.com', 'the-right-password', ip)).toEqual(GENERIC);
    expect(await attempt('gone@example.com', 'the-right-password', ip)).toEqual(GENERIC);
    expect(await authorizeCredentials(database.db, { email: ['x'], password: 5 }, { ip })).toEqual(GENERIC);
    expect(await authorizeCredentials(database.db, undefined, { ip })).toEqual(GENERIC);
    const failures = await database.db.auditEvent.findMany({ where: { action: 'auth.sign_in_failed', ip }, orderBy: { id: 'asc' } });
    expect(failures.map((event) => [event.targetId, (event.details as { reason: string }).reason])).toEqual([
      ['ada@example.com', 'wrong_password'],
      ['nobody@example.com', 'unknown_email'],
      ['gone@example.com', 'inactive'],
    ]);
  });
});

describe('sign-in throttling', () => {
  it(`refuses the ${SIGN_IN_THROTTLE.maxFailures + 1}th attempt on one account, even from new IPs and with the right password`, async () => {
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures; i += 1) {
      expect(await attempt('bob@example.com', `wrong-${i}`, freshIp())).toEqual(GENERIC);
    }
    const refused = await attempt('bob@example.com', 'the-right-password', freshIp());
    expect(refused).toEqual(THROTTLED);
    expect(await attempt('cy@example.com', 'the-right-password', freshIp())).toMatchObject({ ok: true });
    expect(await database.db.auditEvent.count({ where: { action: 'auth.sign_in_throttled', targetId: 'bob@example.com' } })).toBe(1);
  });

  it('counts the minutes left and lets the account in once the window has passed', async () => {
    // Times relative to the oldest of the five failures, which is what the window is measured from.
    const failures = await database.db.auditEvent.findMany({
      where: { action: 'auth.sign_in_failed', targetId: 'bob@example.com' },
      orderBy: { createdAt: 'desc' },
      take: SIGN_IN_THROTTLE.maxFailures,
    });
    const oldest = failures.at(-1)!.createdAt.getTime();
    const at = (minutes: number) => () => new Date(oldest + minutes * 60_000);
    expect(await attempt('bob@example.com', 'the-right-password', freshIp(), at(9.5))).toEqual({
      ok: false,
      message: 'Too many attempts. Try again in 6 minutes.',
    });
    expect(await attempt('bob@example.com', 'the-right-password', freshIp(), at(14.99))).toEqual({
      ok: false,
      message: 'Too many attempts. Try again in 1 minute.',
    });
    expect(await attempt('bob@example.com', 'the-right-password', freshIp(), at(15.01))).toMatchObject({ ok: true });
  });

  it('throttles unknown emails exactly like real ones', async () => {
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures; i += 1) await attempt('ghost@example.com', 'x', freshIp());
    expect(await attempt('ghost@example.com', 'x', ip)).toEqual(THROTTLED);
  });

  it(`refuses the ${SIGN_IN_THROTTLE.maxFailures + 1}th failure from one IP across accounts, until the window passes`, async () => {
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures; i += 1) {
      expect(await attempt(`spray-${i}@example.com`, 'guess', ip)).toEqual(GENERIC);
    }
    expect(await attempt('cy@example.com', 'the-right-password', ip)).toEqual(THROTTLED);
    expect(await attempt('cy@example.com', 'the-right-password', freshIp())).toMatchObject({ ok: true });
    expect(await attempt('cy@example.com', 'the-right-password', ip, minutesFromNow(16))).toMatchObject({ ok: true });
  });

  it('forgives earlier account failures after a successful sign-in, but not IP failures', async () => {
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures - 1; i += 1) await attempt('cy@example.com', 'wrong', freshIp());
    expect(await attempt('cy@example.com', 'the-right-password', freshIp())).toMatchObject({ ok: true });
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures - 1; i += 1) await attempt('cy@example.com', 'wrong', freshIp());
    expect(await attempt('cy@example.com', 'the-right-password', freshIp())).toMatchObject({ ok: true });
  });

  it('does not throttle by IP when the IP is unknown', async () => {
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures + 1; i += 1) {
      expect(await attempt(`anon-${i}@example.com`, 'guess', null)).toEqual(GENERIC);
    }
  });
});

describe('parallel sign-in attempts', () => {
  const RACERS = SIGN_IN_THROTTLE.maxFailures * 3;
  // Every racer is either checked (and refused as a wrong password) or throttled, never signed in.
  // Racers that start later write later rows, so a refusal may say 15 or 16 minutes.
  const tally = (results: AuthorizeResult[]) => {
    const checked = results.filter((result) => !result.ok && result.message === INVALID_CREDENTIALS).length;
    const throttled = results.filter((result) => !result.ok && /^Too many attempts\./.test(result.message)).length;
    return { checked, throttled };
  };
  const failures = (where: { targetId: string } | { ip: string }) =>
    database.db.auditEvent.count({ where: { action: 'auth.sign_in_failed', ...where } });

  it(`let at most ${SIGN_IN_THROTTLE.maxFailures} wrong passwords be checked on one account, however many race`, async () => {
    const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => attempt('dora@example.com', `wrong-${i}`, freshIp())));
    const { checked, throttled } = tally(results);
    expect(checked).toBeLessThanOrEqual(SIGN_IN_THROTTLE.maxFailures);
    expect(throttled).toBe(RACERS - checked);
    // Every attempt left exactly one row, settled: the checked ones as failures, the rest as throttled.
    expect(await failures({ targetId: 'dora@example.com' })).toBe(checked);
    expect(await database.db.auditEvent.count({ where: { action: 'auth.sign_in_throttled', targetId: 'dora@example.com' } })).toBe(throttled);
  });

  it(`let at most ${SIGN_IN_THROTTLE.maxFailures} failures through from one IP, however many race`, async () => {
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => attempt(`racer-${i}@example.com`, 'guess', ip)));
    const { checked, throttled } = tally(results);
    expect(checked).toBeLessThanOrEqual(SIGN_IN_THROTTLE.maxFailures);
    expect(throttled).toBe(RACERS - checked);
    expect(await failures({ ip })).toBe(checked);
  });

  it('never lets a racing attempt past a limit that is already reached', async () => {
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures - 1; i += 1) expect(await attempt(`late-${i}@example.com`, 'guess', ip)).toEqual(GENERIC);
    const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => attempt(`late-racer-${i}@example.com`, 'guess', ip)));
    expect(tally(results).checked).toBeLessThanOrEqual(1);
    expect(await failures({ ip })).toBeLessThanOrEqual(SIGN_IN_THROTTLE.maxFailures);
  });
});
