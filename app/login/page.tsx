import { UsersRoundIcon } from 'lucide-react';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { verifySession } from '@/lib/auth/dal';
import { signInErrorMessage } from '@/lib/auth/sign-in-messages';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await verifySession()) redirect(callbackUrl);
  // NextAuth sends failed non-JavaScript sign-ins here with ?error=…; shown as the same generic text.
  const error = typeof params.error === 'string' ? signInErrorMessage(params.error) : undefined;

  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-muted/40 p-4">
      <div className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        <UsersRoundIcon aria-hidden="true" className="size-6" />
        Customer Hub
      </div>
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle>
            <h1 className="text-xl">Sign in</h1>
          </CardTitle>
          <CardDescription>Staff and admins sign in with their email and password.</CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm callbackUrl={callbackUrl} initialError={error} />
        </CardContent>
      </Card>
    </main>
  );
}
