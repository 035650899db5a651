import { randomBytes } from 'node:crypto';

/**
 * 20 URL-safe characters (120 random bits): for generated passwords that are shown once. Whoever
 * stores one sets `mustChangePassword`, so it only lets its owner in to choose their own.
 */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
