import { Badge } from '@/components/ui/badge';
import type { SyncStatus } from '@/lib/db/types';

const VARIANT: Record<SyncStatus, 'default' | 'secondary' | 'destructive' | 'outline'> = {
  RUNNING: 'default',
  SUCCEEDED: 'secondary',
  FAILED: 'destructive',
  INTERRUPTED: 'outline',
};

export function RunStatusBadge({ status }: { status: SyncStatus }) {
  return <Badge variant={VARIANT[status]}>{status.toLowerCase()}</Badge>;
}
