import type { ServiceRecord } from '@/tests/fakes/dataset/service-records';

/** A plain customer-service record for hand-built datasets; override what the test is about. */
export function serviceRecord(id: number, overrides: Partial<ServiceRecord> = {}): ServiceRecord {
  const at = new Date(Date.UTC(2024, 0, 1) + id * 60_000);
  return {
    id,
    username: `user${id}`,
    mobileNumber: `62811000${String(id).padStart(4, '0')}`,
    email: `user${id}@example.com`,
    avatar: null,
    firstName: 'First',
    lastName: 'Last',
    gender: null,
    isActive: true,
    isProfileCompleted: false,
    lastLogin: null,
    createdAt: at,
    updatedAt: at,
    groups: [],
    token: null,
    ...overrides,
  };
}
