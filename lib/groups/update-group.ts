import type { ActorContext } from '@/lib/auth/authorize-action';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { isUniqueViolation, type GroupFields } from './group-input';

export type UpdateGroupResult = { ok: true } | { ok: false; error: 'not_found' | 'name_taken' };

/** Renames a group and/or changes its description. */
export async function updateGroup(db: Db, id: number, fields: GroupFields, context: ActorContext): Promise<UpdateGroupResult> {
  const before = await db.customerGroup.findUnique({ where: { id }, select: { name: true, description: true } });
  if (!before) return { ok: false, error: 'not_found' };
  try {
    await db.customerGroup.update({ where: { id }, data: fields });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: 'name_taken' };
    throw error;
  }
  await recordAuditEvent(db, { ...context, action: 'group.update', targetType: 'customer_group', targetId: id, details: { before, after: fields } });
  return { ok: true };
}
