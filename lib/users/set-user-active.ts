import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { assertAnotherActiveAdmin, inSerializableTransaction, LastAdminError } from './admin-guard';
import type { ChangeContext } from './user-audit';

export type UserChangeResult = { ok: true } | { ok: false; error: 'not_found' | 'last_admin' };

/** Deactivation takes effect at once: the DAL re-reads `isActive` on every request. */
export async function setUserActive(db: Db, userId: number, isActive: boolean, context: ChangeContext): Promise<UserChangeResult> {
  try {
    return await inSerializableTransaction(db, async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, isActive: true } });
      if (!user) return { ok: false, error: 'not_found' } as const;
      if (user.isActive === isActive) return { ok: true } as const;
      if (!isActive && user.role === 'ADMIN') await assertAnotherActiveAdmin(tx, userId);
      await tx.user.update({ where: { id: userId }, data: { isActive } });
      await recordAuditEvent(tx, {
        ...context,
        action: isActive ? 'user.reactivate' : 'user.deactivate',
        targetType: 'user',
        targetId: userId,
      });
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof LastAdminError) return { ok: false, error: 'last_admin' };
    throw error;
  }
}
