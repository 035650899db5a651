'use server';

import { z } from 'zod';
import { authorizeAction, type ActionFailure } from '@/lib/auth/authorize-action';
import { canChangeOwnPassword } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { changeOwnPassword } from '@/lib/users/change-own-password';

const inputSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
  newPassword: z.string().max(1024),
  confirmPassword: z.string().max(1024),
});

export async function changePasswordAction(input: z.input<typeof inputSchema>): Promise<{ ok: true } | ActionFailure> {
  // The one action a user who must change their password may call.
  const auth = await authorizeAction(canChangeOwnPassword, { allowPendingPasswordChange: true });
  if (!auth.ok) return auth;
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Check the form.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { currentPassword, newPassword, confirmPassword } = parsed.data;
  if (newPassword !== confirmPassword) {
    return { ok: false, error: 'Check the form.', fieldErrors: { confirmPassword: ['The two new passwords differ.'] } };
  }
  const result = await changeOwnPassword(getDb(), auth.user.id, { currentPassword, newPassword }, auth.context);
  if (!result.ok) return { ok: false, error: 'Check the form.', fieldErrors: { [result.field]: [result.message] } };
  return { ok: true };
}
