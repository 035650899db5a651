import { UsersRoundIcon } from 'lucide-react';
import Link from 'next/link';
import { ThemeToggle } from '@/components/theme-toggle';
import type { SessionUser } from '@/lib/auth/session-user';
import { MainNav } from './main-nav';
import { MobileNav } from './mobile-nav';
import { navItemsFor } from './nav-items';
import { UserMenu } from './user-menu';

/** The signed-in frame: top bar, navigation for the user's role, account menu. */
export function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  const items = navItemsFor(user);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-[60] focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4 sm:px-6">
          <MobileNav items={items} />
          <Link
            href="/customers"
            className="mr-4 flex items-center gap-2 rounded-md font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <UsersRoundIcon aria-hidden="true" className="size-5" />
            Customer Hub
          </Link>
          <MainNav items={items} className="hidden md:block" />
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle />
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
