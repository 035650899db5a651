'use client';

import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { revokeTokenAction } from '@/app/(portal)/account/tokens/actions';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';

export function RevokeTokenButton({ tokenId, label }: { tokenId: number; label: string }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  function revoke() {
    startTransition(async () => {
      const result = await revokeTokenAction({ tokenId });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(`Revoked “${label}”.`);
      setOpen(false);
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Revoke<span className="sr-only"> {label}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Revoke “{label}”?</DialogTitle>
          <DialogDescription>Requests using this token will be refused at once. This cannot be undone.</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" onClick={revoke} disabled={pending}>
            Revoke token
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
