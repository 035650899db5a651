/**
 * Callers of the customer route handlers, for tests that invoke them directly with `Request`
 * objects: a staff and an admin token, plus the failures DRF's TokenAuthentication names.
 */
import { vi } from 'vitest';
import type { Db } from '@/lib/db/client';
import { createApiToken } from '@/lib/tokens/create-api-token';

export interface ApiCallers {
  staff: string;
  admin: string;
  revoked: string;
  inactive: string;
}

/** Route handlers read DATABASE_URL through getDb(); point it at the test database. */
export function useDatabaseForRoutes(url: string): void {
  vi.stubEnv('DATABASE_URL', url);
  vi.stubEnv('NEXTAUTH_SECRET', 'customers-route-test-secret-0123456789abcdef');
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
}

export async function createApiCallers(db: Db): Promise<ApiCallers> {
  const user = (email: string, role: 'STAFF' | 'ADMIN', isActive = true) =>
    db.user.create({ data: { email, name: email.split('@')[0]!, passwordHash: 'not-used', role, isActive } });
  const key = async (owner: { id: number; email: string }) =>
    (await createApiToken(db, { userId: owner.id, label: 'tests' }, { actor: owner, ip: null })).key;
  const staff = await user('staff@customers.test', 'STAFF');
  const admin = await user('admin@customers.test', 'ADMIN');
  const inactive = await user('gone@customers.test', 'ADMIN', false);
  const revoked = await key(admin);
  await db.apiToken.updateMany({ where: { userId: admin.id }, data: { revokedAt: new Date() } });
  return { staff: await key(staff), admin: await key(admin), revoked, inactive: await key(inactive) };
}

export const withToken = (key: string) => ({ authorization: `Token ${key}` });
