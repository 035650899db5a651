'use client';

import { MoreHorizontalIcon } from 'lucide-react';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { changeUserAction, resetPasswordAction } from '@/app/(portal)/users/actions';
import { SecretReveal } from '@/components/auth/secret-reveal';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import type { UserRow } from '@/lib/users/list-users';

type Pending = { kind: 'reset' } | { kind: 'password'; value: string } | null;

export function UserRowActions({ user }: { user: Pick<UserRow, 'id' | 'email' | 'role' | 'isActive'> }) {
  const [pending, startTransition] = useTransition();
  const [dialog, setDialog] = useState<Pending>(null);

  function change(input: Parameters<typeof changeUserAction>[0], success: string) {
    startTransition(async () => {
      const result = await changeUserAction(input);
      if (result.ok) toast.success(success);
      else toast.error(result.error);
    });
  }

  function resetPassword() {
    startTransition(async () => {
      const result = await resetPasswordAction({ userId: user.id });
      if (!result.ok) {
        toast.error(result.error);
        setDialog(null);
        return;
      }
      setDialog({ kind: 'password', value: result.password });
    });
  }

  const otherRole = user.role === 'ADMIN' ? 'STAFF' : 'ADMIN';
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" disabled={pending}>
            <MoreHorizontalIcon aria-hidden="true" />
            <span className="sr-only">Actions for {user.email}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem
            onSelect={() => change({ change: 'role', userId: user.id, role: otherRole }, `${user.email} is now ${otherRole.toLowerCase()}.`)}
          >
            {user.role === 'ADMIN' ? 'Make staff' : 'Make admin'}
          </DropdownMenuItem>
          <DropdownMenuItem
            variant={user.isActive ? 'destructive' : 'default'}
            onSelect={() =>
              change(
                { change: 'active', userId: user.id, isActive: !user.isActive },
                `${user.email} ${user.isActive ? 'deactivated' : 'reactivated'}.`,
              )
            }
          >
            {user.isActive ? 'Deactivate' : 'Reactivate'}
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setDialog({ kind: 'reset' })}>Reset password…</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <Dialog open={dialog !== null} onOpenChange={(open) => (open ? null : setDialog(null))}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Reset the password of {user.email}?</DialogTitle>
            <DialogDescription>
              A new password is generated and shown once. Their current sessions end at once, and at their next sign-in
              they must choose their own.
            </DialogDescription>
          </DialogHeader>
          {dialog?.kind === 'password' ? (
            <SecretReveal
              label="New password"
              value={dialog.value}
              note="Pass it on securely; it is shown only once, and only lets them in to choose their own."
            />
          ) : null}
          <DialogFooter>
            {dialog?.kind === 'password' ? (
              <Button onClick={() => setDialog(null)}>Done</Button>
            ) : (
              <>
                <Button variant="outline" onClick={() => setDialog(null)}>
                  Cancel
                </Button>
                <Button variant="destructive" onClick={resetPassword} disabled={pending}>
                  Reset password
                </Button>
              </>
            )}
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
