'use client';

import { ChevronDownIcon, KeyRoundIcon, LockKeyholeIcon, LogOutIcon } from 'lucide-react';
import { signOut } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import type { SessionUser } from '@/lib/auth/session-user';
import { RoleBadge } from './role-badge';

export function UserMenu({ user }: { user: SessionUser }) {
  const router = useRouter();

  async function handleSignOut() {
    // redirect: false, because NextAuth would build the target from NEXTAUTH_URL, which may not
    // be the address this browser used.
    await signOut({ redirect: false });
    router.replace('/login');
    router.refresh();
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="gap-2 px-2" data-testid="user-menu">
          <span className="hidden max-w-40 truncate sm:inline">{user.name}</span>
          <RoleBadge role={user.role} />
          <ChevronDownIcon aria-hidden="true" className="text-muted-foreground" />
          <span className="sr-only">Account menu for {user.name}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="flex flex-col gap-0.5">
          <span className="truncate text-sm text-foreground">{user.name}</span>
          <span className="truncate font-normal">{user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {/* Until a required password change is made, the tokens page is out of reach too. */}
        {user.mustChangePassword ? null : (
          <DropdownMenuItem asChild>
            <Link href="/account/tokens">
              <KeyRoundIcon aria-hidden="true" />
              API tokens
            </Link>
          </DropdownMenuItem>
        )}
        <DropdownMenuItem asChild>
          <Link href="/account/password">
            <LockKeyholeIcon aria-hidden="true" />
            Change password
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={handleSignOut}>
          <LogOutIcon aria-hidden="true" />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
