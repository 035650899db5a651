import { randomBytes } from 'node:crypto';

/** 20 URL-safe characters (120 random bits): for generated passwords that are shown once. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
