/** GET /api/sync/runs/:id — one sync run with its list of invalid upstream rows (admins). */
import { authenticateApiRequest, forbidden } from '@/lib/auth/api-request';
import { canViewSync } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { findSyncRun } from '@/lib/sync/list-sync-runs';
import { toSyncRunDto } from '@/lib/sync/sync-run-dto';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const db = getDb();
  const auth = await authenticateApiRequest(request, db);
  if (!auth.ok) return auth.response;
  if (!canViewSync(auth.user)) return forbidden();

  const { id } = await params;
  const run = /^\d{1,9}$/.test(id) ? await findSyncRun(db, Number(id)) : null;
  if (!run) return Response.json({ detail: 'Not found.' }, { status: 404 });
  return Response.json(toSyncRunDto(run, { withInvalidRows: true }));
}
