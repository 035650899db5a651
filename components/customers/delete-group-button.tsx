'use client';

import { deleteGroupAction } from '@/app/(portal)/customers/groups/actions';
import { ConfirmActionButton } from '@/components/confirm-action-button';

export function DeleteGroupButton({ group }: { group: { id: number; name: string; memberCount: number } }) {
  const members = `${group.memberCount} customer${group.memberCount === 1 ? '' : 's'}`;
  return (
    <ConfirmActionButton
      label="Delete"
      subject={group.name}
      title={`Delete “${group.name}”?`}
      description={`Its ${members} stay; only the group and its memberships go. This cannot be undone.`}
      confirmLabel="Delete group"
      successMessage={`Deleted “${group.name}”.`}
      action={() => deleteGroupAction({ groupId: group.id })}
    />
  );
}
