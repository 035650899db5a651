import { describe, expect, it } from 'vitest';
import { generateMayarRecords } from '@/tests/fakes/dataset/mayar-records';
import { DATASET_EPOCH } from '@/tests/fakes/dataset/reference-time';
import { GROUP_IDS, generateServiceRecords } from '@/tests/fakes/dataset/service-records';

const mayar = generateMayarRecords({ size: 5000, seed: 1 });
const service = generateServiceRecords({ size: 5000, seed: 1 });
const share = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length / items.length;

describe('generated datasets', () => {
  it('are the same for the same size and seed, and different for another seed', () => {
    expect(generateMayarRecords({ size: 5000, seed: 1 })).toEqual(mayar);
    expect(generateServiceRecords({ size: 5000, seed: 1 })).toEqual(service);
    expect(generateMayarRecords({ size: 200, seed: 2 })[0]).not.toEqual(mayar[0]);
    expect(generateServiceRecords({ size: 200, seed: 2 })[0]).not.toEqual(service[0]);
  });

  it('give Mayar customers the messy names, emails and mobiles real forms collect', () => {
    const names = mayar.map((record) => record.name);
    expect(names.some((name) => /<script>|<b>|<img/.test(name))).toBe(true);
    expect(names.some((name) => name.endsWith(' '))).toBe(true);
    expect(names.some((name) => !name.trim().includes(' '))).toBe(true);
    expect(names.some((name) => /[éèüöñ]/.test(name))).toBe(true);
    expect(names.some((name) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(name))).toBe(true);
    expect(names.some((name) => /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(name))).toBe(true);
    const mobiles = mayar.map((record) => record.mobile);
    expect(share(mobiles, (mobile) => mobile.startsWith('62'))).toBeGreaterThan(0.3);
    expect(share(mobiles, (mobile) => mobile.startsWith('08'))).toBeGreaterThan(0.2);
    expect(mobiles).toContain('');
    const emails = mayar.map((record) => record.email);
    expect(emails).toContain(null);
    expect(emails).toContain('');
    expect(emails.some((email) => email && /[A-Z]/.test(email) && /[a-z]/.test(email))).toBe(true);
    expect(share(mayar, (record) => record.status === 'inactive')).toBeGreaterThan(0.05);
  });

  it('keep Mayar ids unique UUIDs and times in epoch milliseconds, never after the reference time', () => {
    expect(new Set(mayar.map((record) => record.id)).size).toBe(mayar.length);
    for (const record of mayar) {
      expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(record.updatedAt).toBeGreaterThanOrEqual(record.createdAt);
      expect(record.updatedAt).toBeLessThanOrEqual(DATASET_EPOCH.getTime() + 100);
    }
  });

  it('fill every customer-service field with realistic variety', () => {
    expect(new Set(service.map((record) => record.username)).size).toBe(service.length);
    expect(new Set(service.map((record) => record.gender))).toEqual(new Set(['male', 'female', 'other', null]));
    expect(new Set(service.map((record) => record.avatar === null ? 'null' : record.avatar === '' ? 'empty' : 'url'))).toEqual(
      new Set(['null', 'empty', 'url']),
    );
    expect(share(service, (record) => record.firstName === '')).toBeGreaterThan(0.01);
    expect(share(service, (record) => record.lastName === '')).toBeGreaterThan(0.05);
    expect(share(service, (record) => record.email === '')).toBeGreaterThan(0.03);
    expect(share(service, (record) => record.lastLogin === null)).toBeGreaterThan(0.1);
    expect(share(service, (record) => !record.isActive)).toBeGreaterThan(0.05);
    expect(share(service, (record) => record.isProfileCompleted)).toBeGreaterThan(0.3);
    expect(share(service, (record) => record.token !== null)).toBeGreaterThan(0.3);
    expect(new Set(service.flatMap((record) => record.groups))).toEqual(new Set(GROUP_IDS));
  });

  it('make some customers online (token used in the last 5 minutes) and give many the same updated_at', () => {
    const online = service.filter((record) => {
      const used = record.token?.lastUsedAt?.getTime();
      return used !== undefined && used >= DATASET_EPOCH.getTime() - 300_000;
    });
    expect(online.length).toBeGreaterThan(50);
    const perInstant = new Map<number, number>();
    for (const record of service) perInstant.set(record.updatedAt.getTime(), (perInstant.get(record.updatedAt.getTime()) ?? 0) + 1);
    expect(Math.max(...perInstant.values())).toBeGreaterThan(100);
  });

  it('keep customer-service times in order: created, then updated and last login, never after now', () => {
    for (const record of service) {
      expect(record.updatedAt.getTime()).toBeGreaterThanOrEqual(record.createdAt.getTime());
      expect(record.updatedAt.getTime()).toBeLessThanOrEqual(DATASET_EPOCH.getTime());
      if (record.lastLogin) expect(record.lastLogin.getTime()).toBeGreaterThanOrEqual(record.createdAt.getTime());
    }
    expect(service.map((record) => record.id)).toEqual(Array.from({ length: 5000 }, (_, index) => index + 1));
  });
});
