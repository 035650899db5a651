import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { CreateTokenForm } from '@/components/tokens/create-token-form';
import { TokenScopeNav } from '@/components/tokens/token-scope-nav';
import { TokensTable } from '@/components/tokens/tokens-table';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/dal';
import { canManageAllTokens } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { listApiTokens } from '@/lib/tokens/list-api-tokens';

export const metadata: Metadata = { title: 'API tokens' };

export default async function MyTokensPage() {
  const user = await requireUser({ returnTo: '/account/tokens' });
  const tokens = await listApiTokens(getDb(), user.id);
  return (
    <>
      <PageHeader title="API tokens" description="Tokens let scripts call the Customer Hub API as you.">
        {canManageAllTokens(user) ? <TokenScopeNav current="mine" /> : null}
      </PageHeader>
      <div className="grid grid-cols-1 gap-6">
        <Card>
          <CardHeader>
            <CardTitle>
              <h2>New token</h2>
            </CardTitle>
            <CardDescription>Name it after what will use it, so you know what to revoke later.</CardDescription>
          </CardHeader>
          <CardContent>
            <CreateTokenForm />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>
              <h2>Your tokens</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <TokensTable tokens={tokens} showOwner={false} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
