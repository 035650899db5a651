'use client';

import { LoaderCircleIcon, UsersIcon } from 'lucide-react';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { changeGroupMembersAction } from '@/app/(portal)/customers/groups/actions';
import { Button } from '@/components/ui/button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';

/** Shown while rows are selected: put them all in one group. */
export function AddToGroupBar({ customerIds, groups, onDone }: { customerIds: number[]; groups: { id: number; name: string }[]; onDone: () => void }) {
  const [groupId, setGroupId] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (customerIds.length === 0) return null;

  function add() {
    if (!groupId) return;
    startTransition(async () => {
      const result = await changeGroupMembersAction({ groupId: Number(groupId), add: customerIds });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(result.added ? `Added ${result.added} customer${result.added === 1 ? '' : 's'} to the group.` : 'They were all in the group already.');
      onDone();
    });
  }

  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 rounded-md border bg-muted/40 p-2 text-sm">
      <UsersIcon aria-hidden="true" className="size-4" />
      <span>{customerIds.length} selected</span>
      {groups.length ? (
        <>
          <Select value={groupId} onValueChange={setGroupId}>
            <SelectTrigger className="h-8 w-48" aria-label="Group to add the selected customers to">
              <SelectValue placeholder="Choose a group" />
            </SelectTrigger>
            <SelectContent>
              {groups.map((group) => (
                <SelectItem key={group.id} value={String(group.id)}>
                  {group.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <Button size="sm" onClick={add} disabled={!groupId || pending}>
            {pending ? <LoaderCircleIcon aria-hidden="true" className="animate-spin" /> : null}
            Add to group
          </Button>
        </>
      ) : (
        <span className="text-muted-foreground">Create a group first (Groups).</span>
      )}
    </div>
  );
}
