'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorizeAction, type ActionFailure } from '@/lib/auth/authorize-action';
import { canManageAllTokens, canManageOwnTokens } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { createApiToken, tokenLabelSchema } from '@/lib/tokens/create-api-token';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';

export async function createTokenAction(input: { label: string }): Promise<{ ok: true; key: string; label: string } | ActionFailure> {
  const auth = await authorizeAction(canManageOwnTokens);
  if (!auth.ok) return auth;
  const label = tokenLabelSchema.safeParse(input?.label);
  if (!label.success) return { ok: false, error: 'Check the label.', fieldErrors: { label: label.error.issues.map((issue) => issue.message) } };
  const created = await createApiToken(getDb(), { userId: auth.user.id, label: label.data }, auth.context);
  revalidatePath('/account/tokens');
  revalidatePath('/tokens');
  return { ok: true, key: created.key, label: created.label };
}

const revokeSchema = z.object({ tokenId: z.coerce.number().int().positive() });

/** Users revoke their own tokens; admins may revoke anyone's. */
export async function revokeTokenAction(input: { tokenId: number }): Promise<{ ok: true } | ActionFailure> {
  const auth = await authorizeAction(canManageOwnTokens);
  if (!auth.ok) return auth;
  const parsed = revokeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Unknown token.' };
  const ownerId = canManageAllTokens(auth.user) ? null : auth.user.id;
  const result = await revokeApiToken(getDb(), { tokenId: parsed.data.tokenId, ownerId }, auth.context);
  if (!result.ok) return { ok: false, error: 'That token does not exist or is already revoked.' };
  revalidatePath('/account/tokens');
  revalidatePath('/tokens');
  return { ok: true };
}
