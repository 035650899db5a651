'use client';

import { usePathname, useRouter } from 'next/navigation';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';

const ALL = 'all';

/** Changing the filter starts again from the newest events. */
export function AuditActionFilter({ actions, current }: { actions: readonly string[]; current: string | undefined }) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor="audit-action">Action</Label>
      <Select
        value={current ?? ALL}
        onValueChange={(value) => router.push(value === ALL ? pathname : `${pathname}?${new URLSearchParams({ action: value })}`)}
      >
        <SelectTrigger id="audit-action" className="w-56">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL}>All actions</SelectItem>
          {actions.map((action) => (
            <SelectItem key={action} value={action}>
              {action}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
