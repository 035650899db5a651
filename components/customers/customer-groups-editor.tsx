'use client';

import { PlusIcon, XIcon } from 'lucide-react';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { changeGroupMembersAction } from '@/app/(portal)/customers/groups/actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';

interface Group {
  id: number;
  name: string;
}

/** A customer's groups; admins may add and remove them here. */
export function CustomerGroupsEditor({ customerId, groups, allGroups }: { customerId: number; groups: Group[]; allGroups: Group[] | null }) {
  const [pending, startTransition] = useTransition();
  const [choice, setChoice] = useState<string>();
  const others = (allGroups ?? []).filter((group) => !groups.some((member) => member.id === group.id));

  function change(groupId: number, kind: 'add' | 'remove') {
    startTransition(async () => {
      const result = await changeGroupMembersAction({ groupId, [kind]: [customerId] });
      if (!result.ok) toast.error(result.error);
      else setChoice(undefined);
    });
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        {groups.length === 0 ? <span className="text-sm text-muted-foreground">In no group.</span> : null}
        {groups.map((group) => (
          <Badge key={group.id} variant="secondary" className="gap-1">
            {group.name}
            {allGroups ? (
              <button
                type="button"
                onClick={() => change(group.id, 'remove')}
                disabled={pending}
                aria-label={`Remove from ${group.name}`}
                className="rounded-sm hover:bg-background/60"
              >
                <XIcon aria-hidden="true" />
              </button>
            ) : null}
          </Badge>
        ))}
      </div>
      {allGroups && others.length ? (
        <div className="flex gap-2">
          <Select value={choice} onValueChange={setChoice}>
            <SelectTrigger className="h-8 w-48" aria-label="Group to add this customer to">
              <SelectValue placeholder="Add to a group" />
            </SelectTrigger>
            <SelectContent>
              {others.map((group) => (
                <SelectItem key={group.id} value={String(group.id)}>
                  {group.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <Button size="sm" variant="outline" disabled={!choice || pending} onClick={() => choice && change(Number(choice), 'add')}>
            <PlusIcon aria-hidden="true" />
            Add
          </Button>
        </div>
      ) : null}
    </div>
  );
}
