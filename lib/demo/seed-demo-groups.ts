/**
 * A handful of segments over the demo customers, so group filters have something to find.
 * Members are picked by a fixed stride over ids: the same data gives the same groups.
 */
import type { Db } from '@/lib/db/client';

const DEMO_GROUPS = [
  { name: 'VIP', description: 'High-value customers the account team follows personally.', stride: 9 },
  { name: 'Newsletter', description: 'Agreed to receive the monthly newsletter.', stride: 2 },
  { name: 'Beta testers', description: 'Try new features before everyone else.', stride: 13 },
  { name: 'Churn risk', description: 'Quiet for a while: worth a call.', stride: 7 },
  { name: 'Jakarta', description: 'Served by the Jakarta office.', stride: 5 },
];

/** Creates the demo groups when there are none yet; returns how many it created. */
export async function seedDemoGroups(db: Db): Promise<number> {
  if ((await db.customerGroup.count()) > 0) return 0;
  const ids = (await db.customer.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map(({ id }) => id);
  for (const [offset, group] of DEMO_GROUPS.entries()) {
    const members = ids.filter((_, index) => (index + offset) % group.stride === 0);
    await db.customerGroup.create({
      data: {
        name: group.name,
        description: group.description,
        members: { createMany: { data: members.map((customerId) => ({ customerId })) } },
      },
    });
  }
  return DEMO_GROUPS.length;
}
