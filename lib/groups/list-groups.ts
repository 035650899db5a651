/** Every group with how many customers it holds, for pickers and the groups page. */
import type { Db } from '@/lib/db/client';

export interface GroupSummary {
  id: number;
  name: string;
  description: string;
  createdAt: Date;
  memberCount: number;
}

export async function listGroups(db: Db): Promise<GroupSummary[]> {
  const groups = await db.customerGroup.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, description: true, createdAt: true, _count: { select: { members: true } } },
  });
  return groups.map(({ _count, ...group }) => ({ ...group, memberCount: _count.members }));
}
