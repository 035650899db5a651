import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { TokenScopeNav } from '@/components/tokens/token-scope-nav';
import { TokensTable } from '@/components/tokens/tokens-table';
import { Card, CardContent } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/dal';
import { canManageAllTokens } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { listApiTokens } from '@/lib/tokens/list-api-tokens';

export const metadata: Metadata = { title: 'All API tokens' };

export default async function AllTokensPage() {
  await requirePermission(canManageAllTokens, { returnTo: '/tokens' });
  const tokens = await listApiTokens(getDb(), null);
  return (
    <>
      <PageHeader title="All API tokens" description="Every user’s tokens. Revoke any that should no longer work.">
        <TokenScopeNav current="all" />
      </PageHeader>
      <Card>
        <CardContent>
          <TokensTable tokens={tokens} showOwner />
        </CardContent>
      </Card>
    </>
  );
}
