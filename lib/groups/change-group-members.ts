/**
 * Adds customers to a group and/or removes them. Adding someone already in the group, or
 * removing someone who is not, changes nothing; unknown customers are not added.
 */
import type { ActorContext } from '@/lib/auth/authorize-action';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { forgetCustomerCounts } from '@/lib/customers/count-cache';
import type { Db } from '@/lib/db/client';

export interface MemberChange {
  groupId: number;
  add?: readonly number[];
  remove?: readonly number[];
}

export type ChangeMembersResult = { ok: true; added: number; removed: number } | { ok: false; error: 'not_found' };

export async function changeGroupMembers(db: Db, change: MemberChange, context: ActorContext): Promise<ChangeMembersResult> {
  const group = await db.customerGroup.findUnique({ where: { id: change.groupId }, select: { id: true } });
  if (!group) return { ok: false, error: 'not_found' };
  const add = [...new Set(change.add ?? [])];
  const remove = [...new Set(change.remove ?? [])];
  const { added, removed } = await db.$transaction(async (tx) => {
    const known = await tx.customer.findMany({ where: { id: { in: add } }, select: { id: true } });
    const already = await tx.customerGroupMember.findMany({ where: { groupId: group.id, customerId: { in: add } }, select: { customerId: true } });
    const present = new Set(already.map((member) => member.customerId));
    const fresh = known.map((customer) => customer.id).filter((id) => !present.has(id));
    if (fresh.length) await tx.customerGroupMember.createMany({ data: fresh.map((customerId) => ({ groupId: group.id, customerId })) });
    const leaving = await tx.customerGroupMember.findMany({ where: { groupId: group.id, customerId: { in: remove } }, select: { customerId: true } });
    const gone = leaving.map((member) => member.customerId);
    if (gone.length) await tx.customerGroupMember.deleteMany({ where: { groupId: group.id, customerId: { in: gone } } });
    return { added: fresh, removed: gone };
  });
  if (added.length || removed.length) {
    forgetCustomerCounts();
    await recordAuditEvent(db, {
      ...context,
      action: 'group.members_change',
      targetType: 'customer_group',
      targetId: group.id,
      details: { added, removed },
    });
  }
  return { ok: true, added: added.length, removed: removed.length };
}
