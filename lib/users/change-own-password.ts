import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword, verifyPassword } from '@/lib/auth/password-hash';
import type { Db } from '@/lib/db/client';
import type { ChangeContext } from './user-audit';
import { passwordSchema } from './user-input';

export type ChangeOwnPasswordResult =
  | { ok: true }
  | { ok: false; field: 'currentPassword' | 'newPassword'; message: string };

/**
 * Requires the current password. The new hash ends the user's other sessions (see
 * session-user.ts) and lifts a required change (`mustChangePassword`): the password is now one
 * only the user knows. Hash, flag and audit entry commit together.
 */
export async function changeOwnPassword(
  db: Db,
  userId: number,
  input: { currentPassword: string; newPassword: string },
  context: ChangeContext,
): Promise<ChangeOwnPasswordResult> {
  const parsed = passwordSchema.safeParse(input.newPassword);
  if (!parsed.success) return { ok: false, field: 'newPassword', message: parsed.error.issues[0]!.message };
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, field: 'currentPassword', message: 'The current password is not correct.' };
  }
  if (input.currentPassword === input.newPassword) {
    return { ok: false, field: 'newPassword', message: 'Choose a password different from the current one.' };
  }
  const passwordHash = await hashPassword(parsed.data);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false } });
    await recordAuditEvent(tx, { ...context, action: 'user.password_change', targetType: 'user', targetId: userId });
  });
  return { ok: true };
}
