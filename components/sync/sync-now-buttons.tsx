'use client';

import { LoaderCircleIcon, RefreshCwIcon } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { startSyncAction } from '@/app/(portal)/sync/actions';
import { Button } from '@/components/ui/button';
import type { SyncSourceName } from '@/lib/sync/types';

export function SyncNowButtons({ source, incremental, disabled }: { source: SyncSourceName; incremental: boolean; disabled: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function start(mode: 'full' | 'incremental') {
    startTransition(async () => {
      const result = await startSyncAction({ source, mode });
      if (result.ok) toast.success(`Started run #${result.started.map((run) => run.id).join(', #')}.`);
      else toast.error(result.error);
      router.refresh();
    });
  }

  const icon = pending ? <LoaderCircleIcon aria-hidden="true" className="animate-spin" /> : <RefreshCwIcon aria-hidden="true" />;
  return (
    <div className="flex flex-wrap gap-2">
      {incremental ? (
        <Button size="sm" disabled={disabled || pending} onClick={() => start('incremental')}>
          {icon}
          Sync changes
        </Button>
      ) : null}
      <Button size="sm" variant={incremental ? 'outline' : 'default'} disabled={disabled || pending} onClick={() => start('full')}>
        {incremental ? null : icon}
        Full sync
      </Button>
    </div>
  );
}
