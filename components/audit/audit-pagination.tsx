import Link from 'next/link';
import { Button } from '@/components/ui/button';

export function AuditPagination({ action, olderThan, newerThan }: { action?: string; olderThan: number | null; newerThan: number | null }) {
  const href = (cursor: Record<string, string>) => `/audit?${new URLSearchParams({ ...(action ? { action } : {}), ...cursor })}`;
  return (
    <nav aria-label="Audit pages" className="flex justify-between gap-2 pt-4">
      {newerThan ? (
        <Button variant="outline" size="sm" asChild>
          <Link href={href({ after: String(newerThan) })}>← Newer</Link>
        </Button>
      ) : (
        <span />
      )}
      {olderThan ? (
        <Button variant="outline" size="sm" asChild>
          <Link href={href({ before: String(olderThan) })}>Older →</Link>
        </Button>
      ) : null}
    </nav>
  );
}
