import type { Metadata } from 'next';
import { AuditActionFilter } from '@/components/audit/audit-action-filter';
import { AuditPagination } from '@/components/audit/audit-pagination';
import { AuditTable } from '@/components/audit/audit-table';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardContent } from '@/components/ui/card';
import { auditQuerySchema, listAuditEvents } from '@/lib/audit/list-audit-events';
import { AUDIT_ACTIONS } from '@/lib/audit/record-audit-event';
import { requirePermission } from '@/lib/auth/dal';
import { canViewAuditLog } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission(canViewAuditLog, { returnTo: '/audit' });
  const query = auditQuerySchema.parse(await searchParams);
  const page = await listAuditEvents(getDb(), query);
  return (
    <>
      <PageHeader title="Audit log" description="Sign-ins, user and token changes, sync runs and exports; newest first.">
        <AuditActionFilter actions={AUDIT_ACTIONS} current={query.action} />
      </PageHeader>
      <Card>
        <CardContent>
          <AuditTable events={page.events} />
          <AuditPagination action={query.action} olderThan={page.olderThan} newerThan={page.newerThan} />
        </CardContent>
      </Card>
    </>
  );
}
