'use client';

import { CopyIcon, DownloadIcon } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';

/** The current filters as an API call to copy, and as a CSV download (every matching row). */
export function FilterLinks({ apiQuery, exportQuery }: { apiQuery: string; exportQuery: string }) {
  async function copy() {
    const url = `${window.location.origin}/api/customers${apiQuery ? `?${apiQuery}` : ''}`;
    try {
      await navigator.clipboard.writeText(url);
      toast.success('API URL copied.', { description: url });
    } catch {
      toast.error('Could not copy; here it is.', { description: url });
    }
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="outline" onClick={copy}>
        <CopyIcon aria-hidden="true" />
        Copy API URL
      </Button>
      <Button variant="outline" asChild>
        <a href={`/api/customers/export.csv${exportQuery ? `?${exportQuery}` : ''}`} download>
          <DownloadIcon aria-hidden="true" />
          Export CSV
        </a>
      </Button>
    </div>
  );
}
