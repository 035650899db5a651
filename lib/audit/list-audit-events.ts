/**
 * Pages through the audit log, newest first, with id cursors rather than offsets so a page deep
 * in a large log costs the same as the first.
 */
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { AUDIT_ACTIONS } from './record-audit-event';

export const AUDIT_PAGE_SIZE = 50;

export const auditQuerySchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  /** Show events older than this id (the next page). */
  before: z.coerce.number().int().positive().optional().catch(undefined),
  /** Show events newer than this id (the previous page). */
  after: z.coerce.number().int().positive().optional().catch(undefined),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export interface AuditPage {
  events: Array<{
    id: number;
    createdAt: Date;
    actorEmail: string | null;
    action: string;
    targetType: string | null;
    targetId: string | null;
    details: unknown;
    ip: string | null;
  }>;
  /** Cursor for older events, when there are any. */
  olderThan: number | null;
  /** Cursor for newer events, when this is not the newest page. */
  newerThan: number | null;
}

export async function listAuditEvents(db: Db, query: AuditQuery, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const forward = query.after !== undefined && query.before === undefined;
  const rows = await db.auditEvent.findMany({
    where: {
      ...(query.action ? { action: query.action } : {}),
      ...(forward ? { id: { gt: query.after } } : query.before ? { id: { lt: query.before } } : {}),
    },
    orderBy: { id: forward ? 'asc' : 'desc' },
    take: pageSize + 1,
    select: { id: true, createdAt: true, actorEmail: true, action: true, targetType: true, targetId: true, details: true, ip: true },
  });
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  const events = forward ? page.reverse() : page;
  const first = events[0];
  const last = events.at(-1);
  return {
    events,
    olderThan: last && (forward ? query.after !== undefined : more) ? last.id : null,
    newerThan: first && (forward ? more : query.before !== undefined) ? first.id : null,
  };
}
