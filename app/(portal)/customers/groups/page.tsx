import { PlusIcon } from 'lucide-react';
import type { Metadata } from 'next';
import { GroupFormDialog } from '@/components/customers/group-form-dialog';
import { GroupsTable } from '@/components/customers/groups-table';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/dal';
import { canManageGroups } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { listGroups } from '@/lib/groups/list-groups';

export const metadata: Metadata = { title: 'Customer groups' };

export default async function GroupsPage() {
  await requirePermission(canManageGroups, { returnTo: '/customers/groups' });
  const groups = await listGroups(getDb());
  return (
    <>
      <PageHeader title="Customer groups" description="Segments of customers, for the groups_in and group_id filters. Add customers from the table or a customer's page.">
        <GroupFormDialog
          trigger={
            <Button>
              <PlusIcon aria-hidden="true" />
              New group
            </Button>
          }
        />
      </PageHeader>
      <Card>
        <CardContent>
          <GroupsTable groups={groups} />
        </CardContent>
      </Card>
    </>
  );
}
