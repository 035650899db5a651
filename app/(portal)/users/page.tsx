import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardContent } from '@/components/ui/card';
import { CreateUserDialog } from '@/components/users/create-user-dialog';
import { UsersTable } from '@/components/users/users-table';
import { requirePermission } from '@/lib/auth/dal';
import { canManageUsers } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { listUsers } from '@/lib/users/list-users';
import { MIN_PASSWORD_LENGTH } from '@/lib/users/user-input';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requirePermission(canManageUsers, { returnTo: '/users' });
  const users = await listUsers(getDb());
  return (
    <>
      <PageHeader title="Users" description="Who can sign in to Customer Hub, and with which role.">
        <CreateUserDialog minPasswordLength={MIN_PASSWORD_LENGTH} />
      </PageHeader>
      <Card>
        <CardContent>
          <UsersTable users={users} currentUserId={admin.id} />
        </CardContent>
      </Card>
    </>
  );
}
