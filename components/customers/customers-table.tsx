'use client';

import { getCoreRowModel, useReactTable, type RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { DataTablePagination } from '@/components/data-table/data-table-pagination';
import type { CustomerDto } from '@/lib/customers/customer-dto';
import { AddToGroupBar } from './add-to-group-bar';
import { customerColumns, type SortControl } from './customer-columns';
import { orderingFor, sortDirectionOf } from './ordering-state';
import { useCustomerUrlParams } from './use-customer-url-params';

export interface CustomersTableProps {
  rows: CustomerDto[];
  count: number;
  limit: number;
  offset: number;
  /** Admins can select rows and add them to a group. */
  groups: { id: number; name: string }[] | null;
}

/** Sorting and paging write the URL; the server page reads it and renders the next rows. */
export function CustomersTable({ rows, count, limit, offset, groups }: CustomersTableProps) {
  const [params, setParams] = useCustomerUrlParams();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const control: SortControl = useMemo(
    () => ({
      directionOf: (field) => sortDirectionOf(params.ordering, field),
      sort: (field, direction) => void setParams({ ordering: orderingFor(field, direction), offset: null }),
    }),
    [params.ordering, setParams],
  );
  const columns = useMemo(() => customerColumns(control, { selectable: groups !== null }), [control, groups]);
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => String(row.id),
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableRowSelection: groups !== null,
    state: { rowSelection: selection },
    onRowSelectionChange: setSelection,
  });
  const selectedIds = Object.keys(selection).filter((id) => selection[id]).map(Number);

  return (
    <div>
      {groups ? <AddToGroupBar customerIds={selectedIds} groups={groups} onDone={() => setSelection({})} /> : null}
      <DataTable table={table} empty="No customers match these filters." />
      <DataTablePagination
        count={count}
        limit={limit}
        offset={offset}
        onChange={(page) => void setParams({ limit: page.limit === 10 ? null : String(page.limit), offset: page.offset ? String(page.offset) : null })}
      />
    </div>
  );
}
