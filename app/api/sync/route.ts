/**
 * POST /api/sync — admins start a sync: `{ "source": "mayar" | "customers" | "all", "mode"?: "full" | "incremental" }`.
 * 202 with the started run ids (the sync goes on in the background of this server); 409 when the
 * source is already syncing; 503 when it is not configured; 400 for a bad body.
 */
import { authenticateApiRequest, forbidden } from '@/lib/auth/api-request';
import { clientIp } from '@/lib/auth/client-ip';
import { canTriggerSync } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { requestSync } from '@/lib/sync/request-sync';
import { syncRequestSchema } from '@/lib/sync/sync-request-schema';
import { validationErrors } from '@/lib/sync/validation-errors';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const db = getDb();
  const auth = await authenticateApiRequest(request, db);
  if (!auth.ok) return auth.response;
  if (!canTriggerSync(auth.user)) return forbidden();

  const body = await request.json().catch(() => undefined);
  if (body === undefined) return Response.json({ detail: 'JSON parse error: the body must be a JSON object.' }, { status: 400 });
  const parsed = syncRequestSchema.safeParse(body);
  if (!parsed.success) return Response.json(validationErrors(parsed.error), { status: 400 });

  const outcome = await requestSync(db, parsed.data, { actor: { id: auth.user.id, email: auth.user.email }, ip: clientIp(request.headers) });
  const { started, refused } = outcome;
  if (started.length) return Response.json({ runs: started, refused }, { status: 202 });
  const status = refused.some((item) => item.code === 'already_running') ? 409 : 503;
  return Response.json({ detail: refused.map((item) => item.detail).join(' '), refused }, { status });
}
