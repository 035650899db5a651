import Link from 'next/link';
import { Timestamp } from '@/components/shell/timestamp';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { GroupSummary } from '@/lib/groups/list-groups';
import { DeleteGroupButton } from './delete-group-button';
import { GroupFormDialog } from './group-form-dialog';

export function GroupsTable({ groups }: { groups: GroupSummary[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Description</TableHead>
          <TableHead className="text-right">Customers</TableHead>
          <TableHead>Created</TableHead>
          <TableHead className="sr-only">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.length === 0 ? (
          <TableRow>
            <TableCell colSpan={5} className="h-24 text-center text-muted-foreground">
              No groups yet.
            </TableCell>
          </TableRow>
        ) : null}
        {groups.map((group) => (
          <TableRow key={group.id}>
            <TableCell className="font-medium">
              <Link href={`/customers?groups_in=${group.id}`} className="underline-offset-4 hover:underline">
                {group.name}
              </Link>
            </TableCell>
            <TableCell className="max-w-md truncate text-muted-foreground">{group.description}</TableCell>
            <TableCell className="text-right tabular-nums">{group.memberCount.toLocaleString('en')}</TableCell>
            <TableCell>
              <Timestamp value={group.createdAt} />
            </TableCell>
            <TableCell className="flex justify-end gap-2">
              <GroupFormDialog
                group={group}
                trigger={
                  <Button variant="outline" size="sm">
                    Edit<span className="sr-only"> {group.name}</span>
                  </Button>
                }
              />
              <DeleteGroupButton group={group} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
