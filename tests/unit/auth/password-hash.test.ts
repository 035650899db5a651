import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, verifyPasswordOrDummy } from '@/lib/auth/password-hash';

describe('password hashing', () => {
  it('produces argon2id PHC strings with the configured cost and a fresh salt each time', async () => {
    const [first, second] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(parseOptions(first)).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(first).not.toContain('correct horse battery');
  });

  it('verifies the right password and rejects a wrong or malformed one', async () => {
    const stored = await hashPassword('s3cret-pässword');
    expect(await verifyPassword(stored, 's3cret-pässword')).toBe(true);
    expect(await verifyPassword(stored, 's3cret-passwörd')).toBe(false);
    expect(await verifyPassword(stored, '')).toBe(false);
    expect(await verifyPassword('not-a-hash', 's3cret-pässword')).toBe(false);
  });

  it('checks against a dummy hash when there is no user, and never succeeds', async () => {
    const stored = await hashPassword('pw-for-timing');
    expect(await verifyPasswordOrDummy(stored, 'pw-for-timing')).toBe(true);
    expect(await verifyPasswordOrDummy(null, 'pw-for-timing')).toBe(false);
    expect(await verifyPasswordOrDummy(undefined, '')).toBe(false);
  });
});
