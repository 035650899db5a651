import type { ActorContext } from '@/lib/auth/authorize-action';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { forgetCustomerCounts } from '@/lib/customers/count-cache';
import type { Db } from '@/lib/db/client';

export type DeleteGroupResult = { ok: true } | { ok: false; error: 'not_found' };

/** Deleting a group removes its memberships (cascade), never a customer. */
export async function deleteGroup(db: Db, id: number, context: ActorContext): Promise<DeleteGroupResult> {
  const group = await db.customerGroup.findUnique({ where: { id }, select: { name: true, _count: { select: { members: true } } } });
  if (!group) return { ok: false, error: 'not_found' };
  await db.customerGroup.delete({ where: { id } });
  forgetCustomerCounts();
  await recordAuditEvent(db, {
    ...context,
    action: 'group.delete',
    targetType: 'customer_group',
    targetId: id,
    details: { name: group.name, members: group._count.members },
  });
  return { ok: true };
}
