/**
 * Password hashing with argon2id (OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane).
 * Hashes are PHC strings, so the parameters travel with each hash and can be raised later.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// 2 is Argon2id: the package's `Algorithm` is a const enum, which isolatedModules cannot read.
const ARGON2ID = 2 as Algorithm;

export const PASSWORD_HASH_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed check, never a crash of the sign-in route.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against the user's hash, or against a throwaway hash with the same parameters when
 * there is no user, so an unknown email costs as much time as a wrong password.
 */
export async function verifyPasswordOrDummy(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (passwordHash) return verifyPassword(passwordHash, password);
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(await dummyHash, password);
  return false;
}
