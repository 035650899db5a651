import type { Db } from '@/lib/db/client';

export const userRowSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  mustChangePassword: true,
  createdAt: true,
  lastLoginAt: true,
} as const;

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

/** Staff accounts number in the tens, so one ordered read serves the users page. Never the hash. */
export function listUsers(db: Db) {
  return db.user.findMany({ select: userRowSelect, orderBy: [{ isActive: 'desc' }, { email: 'asc' }] });
}
