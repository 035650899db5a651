import { KeyRoundIcon } from 'lucide-react';
import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { PageHeader } from '@/components/shell/page-header';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardContent } from '@/components/ui/card';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { requirePermission } from '@/lib/auth/dal';
import { CHANGE_PASSWORD_PATH } from '@/lib/auth/password-change';
import { canChangeOwnPassword } from '@/lib/auth/permissions';
import { MIN_PASSWORD_LENGTH } from '@/lib/users/user-input';

export const metadata: Metadata = { title: 'Change password' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ChangePasswordPage({ searchParams }: { searchParams: SearchParams }) {
  // The one page a user who must change their password may open: every other page sends them here.
  const user = await requirePermission(canChangeOwnPassword, {
    returnTo: CHANGE_PASSWORD_PATH,
    allowPendingPasswordChange: true,
  });
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  return (
    <>
      <PageHeader
        title="Change password"
        description={`At least ${MIN_PASSWORD_LENGTH} characters. Changing it signs you out everywhere else.`}
      />
      {user.mustChangePassword ? (
        <Alert className="mb-4 max-w-xl" data-testid="password-change-required">
          <KeyRoundIcon aria-hidden="true" />
          <AlertTitle>Choose your own password to continue</AlertTitle>
          <AlertDescription>
            Your current password was set by someone else (at set-up, when your account was created, or
            by an admin’s reset). Enter it once more, then a new one that only you know.
          </AlertDescription>
        </Alert>
      ) : null}
      <Card>
        <CardContent>
          <ChangePasswordForm
            email={user.email}
            minLength={MIN_PASSWORD_LENGTH}
            continueTo={user.mustChangePassword && callbackUrl !== CHANGE_PASSWORD_PATH ? callbackUrl : undefined}
          />
        </CardContent>
      </Card>
    </>
  );
}
