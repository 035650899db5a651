'use client';

import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTableColumnHeader, type SortDirection } from '@/components/data-table/data-table-column-header';
import { Timestamp } from '@/components/shell/timestamp';
import { Badge } from '@/components/ui/badge';
import { Checkbox } from '@/components/ui/checkbox';
import type { CustomerDto } from '@/lib/customers/customer-dto';
import type { OrderingField } from '@/lib/customers/list-params';

export interface SortControl {
  directionOf: (field: OrderingField) => SortDirection;
  sort: (field: OrderingField, direction: SortDirection) => void;
}

const header = (title: string, field: OrderingField, control: SortControl) => () => (
  <DataTableColumnHeader title={title} sorted={control.directionOf(field)} onSort={(next) => control.sort(field, next)} />
);

const text = (value: string | null) => (value ? value : <span className="text-muted-foreground">—</span>);
const time = (value: string | null) => <Timestamp value={value ? new Date(value) : null} />;

const selectColumn: ColumnDef<CustomerDto> = {
  id: 'select',
  header: ({ table }) => (
    <Checkbox
      checked={table.getIsAllPageRowsSelected() || (table.getIsSomePageRowsSelected() && 'indeterminate')}
      onCheckedChange={(value) => table.toggleAllPageRowsSelected(value === true)}
      aria-label="Select every customer on this page"
    />
  ),
  cell: ({ row }) => (
    <Checkbox checked={row.getIsSelected()} onCheckedChange={(value) => row.toggleSelected(value === true)} aria-label={`Select customer ${row.original.id}`} />
  ),
};

export function customerColumns(control: SortControl, options: { selectable: boolean }): ColumnDef<CustomerDto>[] {
  const columns: ColumnDef<CustomerDto>[] = [
    { accessorKey: 'id', header: header('ID', 'id', control), cell: ({ row }) => <span className="tabular-nums">{row.original.id}</span> },
    {
      id: 'name',
      header: 'Name',
      cell: ({ row }) => (
        <Link href={`/customers/${row.original.id}`} className="font-medium underline-offset-4 hover:underline">
          {row.original.full_name || row.original.username || `Customer ${row.original.id}`}
        </Link>
      ),
    },
    { accessorKey: 'username', header: header('Username', 'username', control), cell: ({ row }) => text(row.original.username) },
    { accessorKey: 'email', header: header('Email', 'email', control), cell: ({ row }) => text(row.original.email) },
    { accessorKey: 'mobile_number', header: 'Phone', cell: ({ row }) => text(row.original.mobile_number) },
    { accessorKey: 'gender', header: header('Gender', 'gender', control), cell: ({ row }) => text(row.original.gender) },
    {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => (
        <div className="flex gap-1">
          <Badge variant={row.original.is_active ? 'secondary' : 'outline'}>{row.original.is_active ? 'Active' : 'Inactive'}</Badge>
          {row.original.is_online ? <Badge>Online</Badge> : null}
          {row.original.upstream?.deleted_at ? <Badge variant="destructive">Deleted</Badge> : null}
        </div>
      ),
    },
    { accessorKey: 'last_login', header: header('Last login', 'last_login', control), cell: ({ row }) => time(row.original.last_login) },
    { accessorKey: 'created_at', header: header('Created', 'created_at', control), cell: ({ row }) => time(row.original.created_at) },
    { accessorKey: 'updated_at', header: header('Updated', 'updated_at', control), cell: ({ row }) => time(row.original.updated_at) },
  ];
  return options.selectable ? [selectColumn, ...columns] : columns;
}
