import { normaliseContent, type JsonObject } from '@/lib/sync/hash-content';
import type { MirroredCustomer } from '@/lib/sync/types';

/** A mapped customer for writer tests; the payload is derived from the fields so hashes follow them. */
export function makeCustomer(upstreamId: string, overrides: Partial<MirroredCustomer> = {}): MirroredCustomer {
  const base = {
    upstreamId,
    username: null,
    mobileNumber: '6281296450946',
    email: `${upstreamId}@example.com`,
    avatar: null,
    firstName: 'Kirana',
    lastName: 'Putri',
    gender: null,
    isActive: true,
    isProfileCompleted: true,
    lastLogin: null,
    createdAt: new Date('2025-01-02T03:03:59.376Z'),
    updatedAt: new Date('2025-01-02T03:03:59.377Z'),
    ...overrides,
  };
  const content = normaliseContent({
    ...base,
    lastLogin: base.lastLogin?.toISOString() ?? null,
    createdAt: base.createdAt.getTime(),
    updatedAt: base.updatedAt.getTime(),
  } as JsonObject);
  return { ...base, ...content };
}
