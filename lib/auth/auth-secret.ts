/**
 * The key NextAuth encrypts session cookies with. From NEXTAUTH_SECRET / AUTH_SECRET when set;
 * otherwise generated once into the git-ignored data directory, so a fresh checkout works and
 * sessions survive restarts. Every instance behind one load balancer must share the same value.
 */
import 'server-only';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const MIN_LENGTH = 32;

// Statically scoped, so the bundler's file tracing does not pull in the whole project.
export const AUTH_SECRET_FILE = path.join(process.cwd(), 'data', 'auth-secret');

let cached: string | undefined;

export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.NEXTAUTH_SECRET?.trim() || env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  cached ??= readOrCreateSecret(AUTH_SECRET_FILE);
  return cached;
}

export function readOrCreateSecret(file: string): string {
  try {
    return readSecret(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside, then linked into place: the link fails if another process won the race, and
  // nobody ever reads a half-written file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readSecret(file);
}

function readSecret(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_LENGTH) throw new Error(`${file} holds fewer than ${MIN_LENGTH} characters; delete it to regenerate.`);
  return secret;
}
