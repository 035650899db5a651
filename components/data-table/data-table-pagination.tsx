'use client';

import { ChevronLeftIcon, ChevronRightIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';

const PAGE_SIZES = [10, 25, 50, 100];

/** Offset pagination: where we are in `count` rows, page size, previous / next. */
export function DataTablePagination({
  count,
  limit,
  offset,
  onChange,
}: {
  count: number;
  limit: number;
  offset: number;
  onChange: (page: { limit: number; offset: number }) => void;
}) {
  const first = count === 0 ? 0 : Math.min(offset + 1, count);
  const last = Math.min(offset + limit, count);
  const sizes = PAGE_SIZES.includes(limit) ? PAGE_SIZES : [...PAGE_SIZES, limit].sort((a, b) => a - b);
  return (
    <div className="flex flex-col items-center justify-between gap-3 pt-4 text-sm sm:flex-row">
      <p className="text-muted-foreground tabular-nums" aria-live="polite">
        {offset >= count && count > 0 ? `Past the end of ${count.toLocaleString('en')}` : `${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${count.toLocaleString('en')}`}
      </p>
      <div className="flex items-center gap-2">
        <span className="text-muted-foreground">Rows</span>
        <Select value={String(limit)} onValueChange={(value) => onChange({ limit: Number(value), offset: 0 })}>
          <SelectTrigger className="h-8 w-20" aria-label="Rows per page">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {sizes.map((size) => (
              <SelectItem key={size} value={String(size)}>
                {size}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Button variant="outline" size="sm" disabled={offset <= 0} onClick={() => onChange({ limit, offset: Math.max(0, offset - limit) })}>
          <ChevronLeftIcon aria-hidden="true" />
          Previous
        </Button>
        <Button variant="outline" size="sm" disabled={offset + limit >= count} onClick={() => onChange({ limit, offset: offset + limit })}>
          Next
          <ChevronRightIcon aria-hidden="true" />
        </Button>
      </div>
    </div>
  );
}
