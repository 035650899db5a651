import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardContent } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/dal';
import { canChangeOwnPassword } from '@/lib/auth/permissions';
import { MIN_PASSWORD_LENGTH } from '@/lib/users/user-input';

export const metadata: Metadata = { title: 'Change password' };

export default async function ChangePasswordPage() {
  const user = await requirePermission(canChangeOwnPassword, { returnTo: '/account/password' });
  return (
    <>
      <PageHeader
        title="Change password"
        description={`At least ${MIN_PASSWORD_LENGTH} characters. Changing it signs you out everywhere else.`}
      />
      <Card>
        <CardContent>
          <ChangePasswordForm email={user.email} minLength={MIN_PASSWORD_LENGTH} />
        </CardContent>
      </Card>
    </>
  );
}
