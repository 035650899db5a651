import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CustomerFields, textValue, timeValue, yesNoValue } from '@/components/customers/customer-fields';
import { CustomerGroupsEditor } from '@/components/customers/customer-groups-editor';
import { CustomerHistory } from '@/components/customers/customer-history';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/dal';
import { canIncludeDeleted, canManageGroups } from '@/lib/auth/permissions';
import { fullName } from '@/lib/customers/customer-dto';
import { getCustomerDetail } from '@/lib/customers/get-customer-detail';
import { customerListContext, isOnline, onlineSince } from '@/lib/customers/list-context';
import { getDb } from '@/lib/db/client';
import { listGroups } from '@/lib/groups/list-groups';

export const metadata: Metadata = { title: 'Customer' };

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const user = await requireUser({ returnTo: `/customers/${encodeURIComponent(rawId)}` });
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const db = getDb();
  const detail = await getCustomerDetail(db, id.data, { mayIncludeDeleted: canIncludeDeleted(user) });
  if (!detail) notFound();
  const { customer } = detail;
  const online = isOnline(customer, onlineSince(customerListContext({ mayIncludeDeleted: false })));
  const allGroups = canManageGroups(user) ? (await listGroups(db)).map(({ id: groupId, name }) => ({ id: groupId, name })) : null;

  return (
    <>
      <PageHeader title={fullName(customer) || customer.username || `Customer ${customer.id}`} description={`Customer ${customer.id}`}>
        <div className="flex flex-wrap gap-2">
          <Badge variant={customer.isActive ? 'secondary' : 'outline'}>{customer.isActive ? 'Active' : 'Inactive'}</Badge>
          {online ? <Badge>Online</Badge> : null}
          {customer.deletedAt ? <Badge variant="destructive">Deleted upstream</Badge> : null}
          <Link href="/customers" className="text-sm underline-offset-4 hover:underline">
            All customers
          </Link>
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
          </CardHeader>
          <CardContent>
            <CustomerFields
              fields={[
                { label: 'Username', value: textValue(customer.username) },
                { label: 'Email', value: textValue(customer.email) },
                { label: 'Phone', value: textValue(customer.mobileNumber) },
                { label: 'First name', value: textValue(customer.firstName) },
                { label: 'Last name', value: textValue(customer.lastName) },
                { label: 'Gender', value: textValue(customer.gender) },
                { label: 'Avatar', value: textValue(customer.avatar) },
                { label: 'Profile completed', value: yesNoValue(customer.isProfileCompleted) },
                { label: 'Has a token', value: yesNoValue(customer.hasToken) },
                { label: 'Token last used', value: timeValue(customer.lastTokenUseAt) },
                { label: 'Last login', value: timeValue(customer.lastLogin) },
                { label: 'Created (upstream)', value: timeValue(customer.createdAt) },
                { label: 'Updated (upstream)', value: timeValue(customer.updatedAt) },
              ]}
            />
          </CardContent>
        </Card>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Mirror</CardTitle>
            </CardHeader>
            <CardContent>
              <CustomerFields
                fields={[
                  { label: 'Source', value: customer.source === 'MAYAR' ? 'Mayar' : 'Customer service' },
                  { label: 'Upstream id', value: <code className="break-all">{customer.upstreamId}</code> },
                  { label: 'First seen', value: timeValue(customer.firstSeenAt) },
                  { label: 'Last synced', value: timeValue(customer.lastSyncedAt) },
                  { label: 'Deleted upstream', value: timeValue(customer.deletedAt) },
                ]}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Groups</CardTitle>
            </CardHeader>
            <CardContent>
              <CustomerGroupsEditor customerId={customer.id} groups={detail.groups} allGroups={allGroups} />
            </CardContent>
          </Card>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>History</CardTitle>
          </CardHeader>
          <CardContent>
            <CustomerHistory snapshots={detail.snapshots} older={detail.olderSnapshots} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Latest upstream payload</CardTitle>
          </CardHeader>
          <CardContent>
            <pre className="max-h-96 overflow-auto rounded-md bg-muted p-3 text-xs">{JSON.stringify(customer.payload, null, 2)}</pre>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
