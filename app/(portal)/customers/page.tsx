import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';
import { CustomerResults } from '@/components/customers/customer-results';
import { CustomerToolbar } from '@/components/customers/customer-toolbar';
import { InvalidParamsAlert } from '@/components/customers/invalid-params-alert';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/dal';
import { canManageGroups } from '@/lib/auth/permissions';
import { customerQueryString, loadCustomerUrlParams } from '@/lib/customers/customer-url-params';
import { parseCustomerListParams } from '@/lib/customers/list-params';
import { getDb } from '@/lib/db/client';
import { listGroups } from '@/lib/groups/list-groups';

export const metadata: Metadata = { title: 'Customers' };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser({ returnTo: '/customers' });
  const queryString = customerQueryString(loadCustomerUrlParams(await searchParams));
  const parsed = parseCustomerListParams(new URLSearchParams(queryString));
  const groups = (await listGroups(getDb())).map(({ id, name }) => ({ id, name }));
  return (
    <>
      <PageHeader title="Customers" description="Everyone mirrored from Mayar and the customer service.">
        {canManageGroups(user) ? (
          <Button variant="outline" asChild>
            <Link href="/customers/groups">Groups</Link>
          </Button>
        ) : null}
      </PageHeader>
      <CustomerToolbar groups={groups} />
      <Card>
        <CardContent>
          {parsed.ok ? (
            <Suspense key={queryString} fallback={<DataTableSkeleton columns={10} />}>
              <CustomerResults query={parsed.query} user={user} groups={groups} />
            </Suspense>
          ) : (
            <InvalidParamsAlert errors={parsed.errors} resetHref="/customers" />
          )}
        </CardContent>
      </Card>
    </>
  );
}
