import { authenticateApiRequest } from '@/lib/auth/api-request';

export const dynamic = 'force-dynamic';

/** Who the credentials belong to: lets an API client check its token before using it. */
export async function GET(request: Request) {
  const auth = await authenticateApiRequest(request);
  if (!auth.ok) return auth.response;
  const { id, email, name, role } = auth.user;
  return Response.json({ id, email, name, role, authenticated_via: auth.via }, { headers: { 'Cache-Control': 'no-store' } });
}
