import Link from 'next/link';
import { Button } from '@/components/ui/button';

export function RunsPagination({ offset, limit, count }: { offset: number; limit: number; count: number }) {
  const href = (to: number) => (to > 0 ? `/sync?offset=${to}` : '/sync');
  return (
    <nav aria-label="Sync run pages" className="flex items-center justify-between gap-2 pt-4">
      {offset > 0 ? (
        <Button variant="outline" size="sm" asChild>
          <Link href={href(Math.max(0, offset - limit))}>← Newer</Link>
        </Button>
      ) : (
        <span />
      )}
      <span className="text-xs text-muted-foreground tabular-nums">
        {count ? `${offset + 1}–${Math.min(offset + limit, count)} of ${count}` : ''}
      </span>
      {offset + limit < count ? (
        <Button variant="outline" size="sm" asChild>
          <Link href={href(offset + limit)}>Older →</Link>
        </Button>
      ) : (
        <span />
      )}
    </nav>
  );
}
