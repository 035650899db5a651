/** GET /api/customers — the customer service's List Customers contract, served from our mirror. */
import { canIncludeDeleted } from '@/lib/auth/permissions';
import { authorizeCustomerList } from '@/lib/customers/api/authorize-customer-list';
import { requestedUrl } from '@/lib/customers/api/requested-url';
import { withServerErrors } from '@/lib/customers/api/with-server-errors';
import { countCacheFor } from '@/lib/customers/count-cache';
import { toCustomerDto } from '@/lib/customers/customer-dto';
import { customerListContext, onlineSince } from '@/lib/customers/list-context';
import { listCustomers } from '@/lib/customers/list-customers';
import { pageLinks } from '@/lib/customers/page-links';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export const GET = withServerErrors('GET /api/customers', async (request) => {
  const db = getDb();
  const authorized = await authorizeCustomerList(request, db);
  if (!authorized.ok) return authorized.response;
  const { query, user } = authorized;
  const context = customerListContext({ mayIncludeDeleted: canIncludeDeleted(user), countCache: countCacheFor(db) });
  const { count, rows } = await listCustomers(db, query, context);
  const since = onlineSince(context);
  return Response.json({
    count,
    ...pageLinks(requestedUrl(request).href, { limit: query.limit, offset: query.offset, count }),
    results: rows.map((row) => toCustomerDto(row, { onlineSince: since, expand: query.expand })),
  });
});
