'use client';

import { revokeTokenAction } from '@/app/(portal)/account/tokens/actions';
import { ConfirmActionButton } from '@/components/confirm-action-button';

export function RevokeTokenButton({ tokenId, label }: { tokenId: number; label: string }) {
  return (
    <ConfirmActionButton
      label="Revoke"
      subject={label}
      title={`Revoke “${label}”?`}
      description="Requests using this token will be refused at once. This cannot be undone."
      confirmLabel="Revoke token"
      successMessage={`Revoked “${label}”.`}
      action={() => revokeTokenAction({ tokenId })}
    />
  );
}
