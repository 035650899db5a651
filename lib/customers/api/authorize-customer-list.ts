/**
 * Who may list customers, and what: authentication first (DRF's TokenAuthentication answers,
 * before any parameter is looked at), then the permission, then the parameters, then the
 * ADMIN-only `include_deleted`. One sequence for the list and the export.
 */
import { authenticateApiRequest, forbidden } from '@/lib/auth/api-request';
import { canIncludeDeleted, canViewCustomers } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import type { Db } from '@/lib/db/client';
import { parseCustomerListParams, type CustomerListQuery } from '../list-params';

export type AuthorizedList = { ok: true; user: SessionUser; query: CustomerListQuery } | { ok: false; response: Response };

export async function authorizeCustomerList(
  request: Request,
  db: Db,
  permission: (user: SessionUser) => boolean = canViewCustomers,
): Promise<AuthorizedList> {
  const auth = await authenticateApiRequest(request, db);
  if (!auth.ok) return auth;
  if (!permission(auth.user)) return { ok: false, response: forbidden() };
  const parsed = parseCustomerListParams(new URL(request.url).searchParams);
  if (!parsed.ok) return { ok: false, response: Response.json(parsed.errors, { status: 400 }) };
  if (parsed.query.includeDeleted && !canIncludeDeleted(auth.user)) return { ok: false, response: forbidden() };
  return { ok: true, user: auth.user, query: parsed.query };
}
