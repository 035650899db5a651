/**
 * API token keys: `chub_` + 40 URL-safe characters (240 random bits). The prefix makes leaked keys
 * easy to recognise (and to scan for); only a SHA-256 of the key is stored, which is enough for a
 * random key of this length (no dictionary to attack, so no slow hash is needed).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_KEY_PREFIX = 'chub_';
const KEY_PATTERN = /^chub_[A-Za-z0-9_-]{40}$/;
/** Characters of the key shown in lists: enough to tell tokens apart, far too few to use. */
const VISIBLE_LENGTH = TOKEN_KEY_PREFIX.length + 6;

export function generateTokenKey(): string {
  return `${TOKEN_KEY_PREFIX}${randomBytes(30).toString('base64url')}`;
}

export function isWellFormedTokenKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export function hashTokenKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function visibleTokenPrefix(key: string): string {
  return key.slice(0, VISIBLE_LENGTH);
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
