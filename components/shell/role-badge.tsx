import { Badge } from '@/components/ui/badge';
import type { Role } from '@/lib/db/types';

export function RoleBadge({ role }: { role: Role }) {
  return <Badge variant={role === 'ADMIN' ? 'default' : 'secondary'}>{role === 'ADMIN' ? 'Admin' : 'Staff'}</Badge>;
}
