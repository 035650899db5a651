import { Timestamp } from '@/components/shell/timestamp';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ApiTokenRow } from '@/lib/tokens/list-api-tokens';
import { RevokeTokenButton } from './revoke-token-button';

export function TokensTable({ tokens, showOwner }: { tokens: ApiTokenRow[]; showOwner: boolean }) {
  if (tokens.length === 0) return <p className="py-6 text-sm text-muted-foreground">No API tokens yet.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Label</TableHead>
          {showOwner ? <TableHead>Owner</TableHead> : null}
          <TableHead>Key</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id} data-testid="token-row">
            <TableCell className="font-medium">{token.label}</TableCell>
            {showOwner ? <TableCell>{token.owner.email}</TableCell> : null}
            <TableCell className="font-mono text-xs">{token.prefix}…</TableCell>
            <TableCell>
              <Timestamp value={token.createdAt} />
            </TableCell>
            <TableCell>
              <Timestamp value={token.lastUsedAt} empty="Never" />
            </TableCell>
            <TableCell>
              {token.revokedAt ? <Badge variant="outline">Revoked</Badge> : <Badge variant="secondary">Active</Badge>}
            </TableCell>
            <TableCell className="text-right">
              {token.revokedAt ? null : <RevokeTokenButton tokenId={token.id} label={token.label} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
