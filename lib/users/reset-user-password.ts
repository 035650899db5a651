import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password-hash';
import type { Db } from '@/lib/db/client';
import { generatePassword } from './generate-password';
import type { ChangeContext } from './user-audit';

export type ResetPasswordResult = { ok: true; password: string } | { ok: false; error: 'not_found' };

/**
 * An admin gives a user a new generated password, returned once for the admin to pass on; the
 * user must replace it with their own at their next sign-in (`mustChangePassword`). The new hash
 * changes the session stamp, which signs the user out everywhere; it, the flag and the audit
 * entry commit together.
 */
export async function resetUserPassword(db: Db, userId: number, context: ChangeContext): Promise<ResetPasswordResult> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } });
    if (count === 0) return { ok: false, error: 'not_found' } as const;
    await recordAuditEvent(tx, { ...context, action: 'user.password_reset', targetType: 'user', targetId: userId });
    return { ok: true, password } as const;
  });
}
