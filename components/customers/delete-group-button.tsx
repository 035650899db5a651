'use client';

import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { deleteGroupAction } from '@/app/(portal)/customers/groups/actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';

export function DeleteGroupButton({ group }: { group: { id: number; name: string; memberCount: number } }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  function remove() {
    startTransition(async () => {
      const result = await deleteGroupAction({ groupId: group.id });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(`Deleted “${group.name}”.`);
      setOpen(false);
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Delete<span className="sr-only"> {group.name}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete “{group.name}”?</DialogTitle>
          <DialogDescription>
            Its {group.memberCount} customer{group.memberCount === 1 ? '' : 's'} stay; only the group and its memberships go. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" onClick={remove} disabled={pending}>
            Delete group
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
