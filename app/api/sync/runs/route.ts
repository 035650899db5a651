/** GET /api/sync/runs?source=&status=&limit=&offset= — sync runs, newest first (admins). */
import { authenticateApiRequest, forbidden } from '@/lib/auth/api-request';
import { canViewSync } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { listSyncRuns, syncRunsQuerySchema } from '@/lib/sync/list-sync-runs';
import { toSyncRunDto } from '@/lib/sync/sync-run-dto';
import { validationErrors } from '@/lib/sync/validation-errors';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const db = getDb();
  const auth = await authenticateApiRequest(request, db);
  if (!auth.ok) return auth.response;
  if (!canViewSync(auth.user)) return forbidden();

  const parsed = syncRunsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json(validationErrors(parsed.error), { status: 400 });
  const { count, runs } = await listSyncRuns(db, parsed.data);
  const now = new Date();
  return Response.json({ count, results: runs.map((run) => toSyncRunDto(run, { now })) });
}
