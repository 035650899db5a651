'use client';

import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';

export type SortDirection = 'asc' | 'desc' | false;

/** A column title that sorts: ascending, then descending, then back to the default order. */
export function DataTableColumnHeader({ title, sorted, onSort }: { title: string; sorted: SortDirection; onSort?: (next: SortDirection) => void }) {
  if (!onSort) return <span>{title}</span>;
  const next: SortDirection = sorted === false ? 'asc' : sorted === 'asc' ? 'desc' : false;
  const Icon = sorted === 'asc' ? ArrowUpIcon : sorted === 'desc' ? ArrowDownIcon : ArrowUpDownIcon;
  const state = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'not sorted';
  return (
    <Button variant="ghost" size="sm" className="-ml-3 h-8" onClick={() => onSort(next)} aria-label={`${title}, ${state}; sort`}>
      {title}
      <Icon aria-hidden="true" className={sorted ? 'text-foreground' : 'text-muted-foreground'} />
    </Button>
  );
}
