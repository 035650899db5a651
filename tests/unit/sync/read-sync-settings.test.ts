import { describe, expect, it } from 'vitest';
import { readSyncSettings } from '@/lib/sync/config';

describe('readSyncSettings', () => {
  it('defaults: no schedule, 60 s leases, 1,000-row batches', () => {
    expect(readSyncSettings({})).toEqual({ intervalMinutes: 0, leaseSeconds: 60, batchSize: 1000 });
    expect(readSyncSettings({ SYNC_INTERVAL_MINUTES: ' ' })).toMatchObject({ intervalMinutes: 0 });
  });

  it('reads whole numbers', () => {
    expect(readSyncSettings({ SYNC_INTERVAL_MINUTES: '30', SYNC_LEASE_SECONDS: '120', SYNC_BATCH_SIZE: '500' })).toEqual({
      intervalMinutes: 30,
      leaseSeconds: 120,
      batchSize: 500,
    });
  });

  it.each([
    [{ SYNC_INTERVAL_MINUTES: 'hourly' }, /SYNC_INTERVAL_MINUTES must be a whole number \(got "hourly"\)/],
    [{ SYNC_LEASE_SECONDS: '1' }, /SYNC_LEASE_SECONDS must be at least 5/],
    [{ SYNC_BATCH_SIZE: '1.5' }, /SYNC_BATCH_SIZE must be a whole number/],
  ])('refuses %j', (env, message) => {
    expect(() => readSyncSettings(env)).toThrow(message);
  });
});
