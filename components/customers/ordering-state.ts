/** Column sorting ⇄ the `ordering` parameter (`-created_at,username`). */
import type { SortDirection } from '@/components/data-table/data-table-column-header';

export function sortDirectionOf(ordering: string | null | undefined, field: string): SortDirection {
  for (const term of (ordering ?? '').split(',').map((item) => item.trim())) {
    if (term === field) return 'asc';
    if (term === `-${field}`) return 'desc';
  }
  return false;
}

/** Sorting by one column replaces the ordering; unsorting returns to the default (id). */
export function orderingFor(field: string, direction: SortDirection): string | null {
  return direction === false ? null : direction === 'asc' ? field : `-${field}`;
}
