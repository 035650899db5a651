import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdvancedFilterForm } from '@/components/customers/advanced-filter-form';
import { CustomerResults } from '@/components/customers/customer-results';
import { FilterLinks } from '@/components/customers/filter-links';
import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/dal';
import { canUseAdvancedFilters } from '@/lib/auth/permissions';
import { customerQueryString, loadCustomerUrlParams } from '@/lib/customers/customer-url-params';
import { parseCustomerListParams } from '@/lib/customers/list-params';
import { getDb } from '@/lib/db/client';
import { listGroups } from '@/lib/groups/list-groups';

export const metadata: Metadata = { title: 'Filters' };

export default async function FiltersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission(canUseAdvancedFilters, { returnTo: '/filters' });
  const values = loadCustomerUrlParams(await searchParams);
  const queryString = customerQueryString(values);
  const parsed = parseCustomerListParams(new URLSearchParams(queryString));
  const groups = (await listGroups(getDb())).map(({ id, name }) => ({ id, name }));
  return (
    <>
      <PageHeader title="Filters" description="Every parameter of GET /api/customers, with the API's own validation.">
        <FilterLinks apiQuery={queryString} exportQuery={customerQueryString(values, ['limit', 'offset'])} />
      </PageHeader>
      <div className="grid grid-cols-1 gap-6">
        <Card>
          <CardContent>
            <AdvancedFilterForm errors={parsed.ok ? {} : parsed.errors} />
            {groups.length ? (
              <p className="mt-4 text-xs text-muted-foreground">Group ids: {groups.map((group) => `${group.id} = ${group.name}`).join(', ')}</p>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Results</CardTitle>
          </CardHeader>
          <CardContent>
            {parsed.ok ? (
              <Suspense key={queryString} fallback={<DataTableSkeleton columns={10} />}>
                <CustomerResults query={parsed.query} user={user} groups={groups} />
              </Suspense>
            ) : (
              <p className="text-sm text-muted-foreground">Fix the highlighted fields to see results.</p>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
