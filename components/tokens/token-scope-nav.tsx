import Link from 'next/link';
import { cn } from '@/lib/utils';

/** "My tokens" / "All tokens" switch, shown to admins only. */
export function TokenScopeNav({ current }: { current: 'mine' | 'all' }) {
  const link = (href: string, label: string, active: boolean) => (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'rounded-sm px-3 py-1 text-sm font-medium text-muted-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring',
        active && 'bg-background text-foreground shadow-xs',
      )}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Token scope" className="inline-flex w-fit rounded-md bg-muted p-1">
      {link('/account/tokens', 'My tokens', current === 'mine')}
      {link('/tokens', 'All tokens', current === 'all')}
    </nav>
  );
}
