'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizeAction, type ActionFailure } from '@/lib/auth/authorize-action';
import { canManageGroups } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { changeGroupMembers } from '@/lib/groups/change-group-members';
import { createGroup } from '@/lib/groups/create-group';
import { deleteGroup } from '@/lib/groups/delete-group';
import { customerIdsSchema, groupFieldsSchema, groupIdSchema } from '@/lib/groups/group-input';
import { updateGroup } from '@/lib/groups/update-group';

type Result = { ok: true } | ActionFailure;

const GONE = 'That group no longer exists.';
const taken = (): ActionFailure => ({ ok: false, error: 'Check the form.', fieldErrors: { name: ['A group with this name already exists.'] } });

function refresh() {
  revalidatePath('/customers', 'layout');
  revalidatePath('/filters');
}

export async function createGroupAction(input: z.input<typeof groupFieldsSchema>): Promise<Result> {
  const auth = await authorizeAction(canManageGroups);
  if (!auth.ok) return auth;
  const parsed = groupFieldsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Check the form.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await createGroup(getDb(), parsed.data, auth.context);
  if (!result.ok) return taken();
  refresh();
  return { ok: true };
}

const updateSchema = groupFieldsSchema.extend({ groupId: groupIdSchema });

export async function updateGroupAction(input: z.input<typeof updateSchema>): Promise<Result> {
  const auth = await authorizeAction(canManageGroups);
  if (!auth.ok) return auth;
  const parsed = updateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Check the form.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { groupId, ...fields } = parsed.data;
  const result = await updateGroup(getDb(), groupId, fields, auth.context);
  if (!result.ok) return result.error === 'name_taken' ? taken() : { ok: false, error: GONE };
  refresh();
  return { ok: true };
}

export async function deleteGroupAction(input: { groupId: number }): Promise<Result> {
  const auth = await authorizeAction(canManageGroups);
  if (!auth.ok) return auth;
  const groupId = groupIdSchema.safeParse(input?.groupId);
  if (!groupId.success) return { ok: false, error: GONE };
  const result = await deleteGroup(getDb(), groupId.data, auth.context);
  if (!result.ok) return { ok: false, error: GONE };
  refresh();
  return { ok: true };
}

const membersSchema = z.object({
  groupId: groupIdSchema,
  add: customerIdsSchema.optional(),
  remove: customerIdsSchema.optional(),
});

export async function changeGroupMembersAction(
  input: z.input<typeof membersSchema>,
): Promise<{ ok: true; added: number; removed: number } | ActionFailure> {
  const auth = await authorizeAction(canManageGroups);
  if (!auth.ok) return auth;
  const parsed = membersSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid change.' };
  const result = await changeGroupMembers(getDb(), parsed.data, auth.context);
  if (!result.ok) return { ok: false, error: GONE };
  refresh();
  return result;
}
