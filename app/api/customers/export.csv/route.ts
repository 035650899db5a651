/** GET /api/customers/export.csv — ADMIN: every customer the list's parameters match, as CSV. */
import { clientIp } from '@/lib/auth/client-ip';
import { canExportCustomers, canIncludeDeleted } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { authorizeCustomerList } from '@/lib/customers/api/authorize-customer-list';
import { customersCsvStream } from '@/lib/customers/api/customers-csv';
import { withServerErrors } from '@/lib/customers/api/with-server-errors';
import { customerListContext } from '@/lib/customers/list-context';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export const GET = withServerErrors('GET /api/customers/export.csv', async (request) => {
  const db = getDb();
  const authorized = await authorizeCustomerList(request, db, canExportCustomers);
  if (!authorized.ok) return authorized.response;
  const { query, user } = authorized;
  const parameters = Object.fromEntries(new URL(request.url).searchParams);
  await recordAuditEvent(db, {
    actor: user,
    action: 'customers.export',
    targetType: 'customers',
    details: { parameters },
    ip: clientIp(request.headers),
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return new Response(customersCsvStream(db, query, customerListContext({ mayIncludeDeleted: canIncludeDeleted(user) })), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="customers-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
