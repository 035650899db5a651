'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizeAction, type ActionFailure } from '@/lib/auth/authorize-action';
import { canManageUsers } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { changeUserRole } from '@/lib/users/change-user-role';
import { createUser } from '@/lib/users/create-user';
import { generatePassword } from '@/lib/users/generate-password';
import { resetUserPassword } from '@/lib/users/reset-user-password';
import { setUserActive, type UserChangeResult } from '@/lib/users/set-user-active';
import { emailSchema, nameSchema, passwordSchema, roleSchema, userIdSchema } from '@/lib/users/user-input';

const createSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  isActive: z.boolean(),
  // Empty means "generate one and show it to me once".
  password: z.union([z.literal(''), passwordSchema]),
});

export async function createUserAction(
  input: z.input<typeof createSchema>,
): Promise<{ ok: true; email: string; generatedPassword: string | null } | ActionFailure> {
  const auth = await authorizeAction(canManageUsers);
  if (!auth.ok) return auth;
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Check the form.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const password = parsed.data.password || generatePassword();
  // Generated or typed, an admin chose this password for someone else: they choose their own at first sign-in.
  const result = await createUser(getDb(), { ...parsed.data, password, mustChangePassword: true }, auth.context);
  if (!result.ok) return { ok: false, error: 'Check the form.', fieldErrors: { email: ['A user with this email already exists.'] } };
  revalidatePath('/users');
  return { ok: true, email: result.user.email, generatedPassword: parsed.data.password ? null : password };
}

const CHANGE_ERRORS: Record<Exclude<UserChangeResult, { ok: true }>['error'], string> = {
  not_found: 'That user no longer exists.',
  last_admin: 'The last active admin cannot be deactivated or demoted.',
};

const changeSchema = z.discriminatedUnion('change', [
  z.object({ change: z.literal('active'), userId: userIdSchema, isActive: z.boolean() }),
  z.object({ change: z.literal('role'), userId: userIdSchema, role: roleSchema }),
]);

/** Activation and role changes. Admins cannot lock themselves out from here. */
export async function changeUserAction(input: z.input<typeof changeSchema>): Promise<{ ok: true } | ActionFailure> {
  const auth = await authorizeAction(canManageUsers);
  if (!auth.ok) return auth;
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Invalid change.' };
  const change = parsed.data;
  if (change.userId === auth.user.id) return { ok: false, error: 'Ask another admin to change your own account.' };
  const result =
    change.change === 'active'
      ? await setUserActive(getDb(), change.userId, change.isActive, auth.context)
      : await changeUserRole(getDb(), change.userId, change.role, auth.context);
  if (!result.ok) return { ok: false, error: CHANGE_ERRORS[result.error] };
  revalidatePath('/users');
  return { ok: true };
}

export async function resetPasswordAction(input: { userId: number }): Promise<{ ok: true; password: string } | ActionFailure> {
  const auth = await authorizeAction(canManageUsers);
  if (!auth.ok) return auth;
  const userId = userIdSchema.safeParse(input?.userId);
  if (!userId.success) return { ok: false, error: 'Unknown user.' };
  if (userId.data === auth.user.id) return { ok: false, error: 'Use “Change password” for your own account.' };
  const result = await resetUserPassword(getDb(), userId.data, auth.context);
  if (!result.ok) return { ok: false, error: CHANGE_ERRORS.not_found };
  // The list shows who must change their password.
  revalidatePath('/users');
  return { ok: true, password: result.password };
}
