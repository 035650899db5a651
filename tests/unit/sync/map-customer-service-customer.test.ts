import { describe, expect, it } from 'vitest';
import { mapCustomerServiceCustomer } from '@/lib/sync/map-customer-service-customer';
import type { ServiceCustomer } from '@/lib/upstream/customer-service/service-schemas';

const row: ServiceCustomer = {
  id: 42,
  username: 'budi.santoso',
  mobileNumber: '081234567890',
  email: 'Budi@Example.com',
  avatar: 'https://cdn.example.com/avatars/42.jpg',
  firstName: 'Budi',
  lastName: 'Santoso',
  fullName: 'Budi Santoso',
  gender: 'male',
  isActive: true,
  isProfileCompleted: true,
  isOnline: true,
  lastLogin: new Date('2025-05-30T10:00:00.123Z'),
  createdAt: new Date('2024-01-01T00:00:00.000Z'),
  updatedAt: new Date('2025-05-01T08:00:00.000Z'),
};

describe('mapCustomerServiceCustomer', () => {
  it('maps every field one to one', () => {
    const { payloadJson, contentHash, ...columns } = mapCustomerServiceCustomer(row);
    expect(columns).toEqual({
      upstreamId: '42',
      username: 'budi.santoso',
      mobileNumber: '081234567890',
      email: 'Budi@Example.com',
      avatar: 'https://cdn.example.com/avatars/42.jpg',
      firstName: 'Budi',
      lastName: 'Santoso',
      gender: 'male',
      isActive: true,
      isProfileCompleted: true,
      lastLogin: row.lastLogin,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
    expect(JSON.parse(payloadJson)).toMatchObject({ id: 42, full_name: 'Budi Santoso', last_login: '2025-05-30T10:00:00.123Z' });
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves is_online out of the content, so going online or offline is not an edit', () => {
    const offline = mapCustomerServiceCustomer({ ...row, isOnline: false });
    expect(JSON.parse(offline.payloadJson)).not.toHaveProperty('is_online');
    expect(offline.contentHash).toBe(mapCustomerServiceCustomer(row).contentHash);
    expect(mapCustomerServiceCustomer({ ...row, gender: 'female' }).contentHash).not.toBe(offline.contentHash);
  });
});
