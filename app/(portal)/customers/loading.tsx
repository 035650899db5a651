import { DataTableSkeleton } from '@/components/data-table/data-table-skeleton';
import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <>
      <Skeleton className="mb-6 h-8 w-48" />
      <Skeleton className="mb-4 h-9 w-80" />
      <DataTableSkeleton columns={10} />
    </>
  );
}
