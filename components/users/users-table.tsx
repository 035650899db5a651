import { RoleBadge } from '@/components/shell/role-badge';
import { Timestamp } from '@/components/shell/timestamp';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { UserRow } from '@/lib/users/list-users';
import { UserRowActions } from './user-row-actions';

export function UsersTable({ users, currentUserId }: { users: UserRow[]; currentUserId: number }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Last sign-in</TableHead>
          <TableHead>Created</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id} data-testid="user-row">
            <TableCell className="font-medium">
              {user.name}
              {user.id === currentUserId ? <span className="ml-2 text-xs text-muted-foreground">(you)</span> : null}
            </TableCell>
            <TableCell>{user.email}</TableCell>
            <TableCell>
              <RoleBadge role={user.role} />
            </TableCell>
            <TableCell>
              {user.isActive ? <Badge variant="secondary">Active</Badge> : <Badge variant="outline">Inactive</Badge>}
              {user.mustChangePassword ? (
                <Badge
                  variant="outline"
                  className="ml-1"
                  title="Someone else set their password: they choose their own at next sign-in."
                >
                  Must change password
                </Badge>
              ) : null}
            </TableCell>
            <TableCell>
              <Timestamp value={user.lastLoginAt} empty="Never" />
            </TableCell>
            <TableCell>
              <Timestamp value={user.createdAt} />
            </TableCell>
            <TableCell className="text-right">
              {user.id === currentUserId ? null : (
                <UserRowActions user={{ id: user.id, email: user.email, role: user.role, isActive: user.isActive }} />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
