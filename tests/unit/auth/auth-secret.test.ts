import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authSecret, readOrCreateSecret } from '@/lib/auth/auth-secret';

const dir = mkdtempSync(path.join(os.tmpdir(), 'auth-secret-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('auth secret', () => {
  it('prefers NEXTAUTH_SECRET, then AUTH_SECRET', () => {
    expect(authSecret({ NEXTAUTH_SECRET: 'a'.repeat(40), AUTH_SECRET: 'b'.repeat(40) })).toBe('a'.repeat(40));
    expect(authSecret({ AUTH_SECRET: 'b'.repeat(40) })).toBe('b'.repeat(40));
  });

  it('generates a secret once into a 0600 file and reads the same one back', () => {
    const file = path.join(dir, 'nested', 'auth-secret');
    const first = readOrCreateSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecret(file)).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
  });

  it('refuses a file too short to be a secret', () => {
    const file = path.join(dir, 'short');
    writeFileSync(file, 'abc\n');
    expect(() => readOrCreateSecret(file)).toThrow(/fewer than 32/);
  });
});
