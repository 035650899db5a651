import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/db/types';
import { assertAnotherActiveAdmin, inSerializableTransaction, LastAdminError } from './admin-guard';
import type { UserChangeResult } from './set-user-active';
import type { ChangeContext } from './user-audit';

/** A demotion takes effect at once: the DAL re-reads the role on every request. */
export async function changeUserRole(db: Db, userId: number, role: Role, context: ChangeContext): Promise<UserChangeResult> {
  try {
    return await inSerializableTransaction(db, async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, isActive: true } });
      if (!user) return { ok: false, error: 'not_found' } as const;
      if (user.role === role) return { ok: true } as const;
      if (user.role === 'ADMIN' && user.isActive) await assertAnotherActiveAdmin(tx, userId);
      await tx.user.update({ where: { id: userId }, data: { role } });
      await recordAuditEvent(tx, {
        ...context,
        action: 'user.role_change',
        targetType: 'user',
        targetId: userId,
        details: { from: user.role, to: role },
      });
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof LastAdminError) return { ok: false, error: 'last_admin' };
    throw error;
  }
}
