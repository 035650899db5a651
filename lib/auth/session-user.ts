/**
 * Turns what a session cookie claims into who the user is now. The cookie only proves who signed
 * in; the database decides whether they still exist, are active, which role they have, and
 * whether they must change their password before doing anything else (see password-change.ts).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/db/types';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Someone else chose the password; until the user picks their own, a session may only change it. */
  mustChangePassword: boolean;
}

export const sessionClaimsSchema = z.object({
  userId: z.coerce.number().int().positive(),
  stamp: z.string().min(1),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

/**
 * Derived from the password hash: changing or resetting a password changes the stamp, which
 * ends every session issued before it.
 */
export function sessionStamp(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 22);
}

export const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  mustChangePassword: true,
  passwordHash: true,
} as const;

/** The fields of a user row that make up a SessionUser. */
export function toSessionUser(user: SessionUser): SessionUser {
  const { id, email, name, role, mustChangePassword } = user;
  return { id, email, name, role, mustChangePassword };
}

export async function loadSessionUser(db: Db, claims: unknown): Promise<SessionUser | null> {
  const parsed = sessionClaimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { id: parsed.data.userId }, select: sessionUserSelect });
  if (!user || !user.isActive || sessionStamp(user.passwordHash) !== parsed.data.stamp) return null;
  return toSessionUser(user);
}
