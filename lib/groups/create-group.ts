import type { ActorContext } from '@/lib/auth/authorize-action';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { isUniqueViolation, type GroupFields } from './group-input';

export type CreateGroupResult = { ok: true; id: number } | { ok: false; error: 'name_taken' };

export async function createGroup(db: Db, fields: GroupFields, context: ActorContext): Promise<CreateGroupResult> {
  try {
    const group = await db.customerGroup.create({ data: fields, select: { id: true } });
    await recordAuditEvent(db, { ...context, action: 'group.create', targetType: 'customer_group', targetId: group.id, details: fields });
    return { ok: true, id: group.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: 'name_taken' };
    throw error;
  }
}
