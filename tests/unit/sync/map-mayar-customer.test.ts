import { describe, expect, it } from 'vitest';
import { mapMayarCustomer, splitMayarName } from '@/lib/sync/map-mayar-customer';
import type { MayarCustomer } from '@/lib/upstream/mayar/mayar-schemas';

const row: MayarCustomer = {
  id: '0072cf8e-a8f1-4ce9-9dcd-3683f085ebf1',
  createdAt: new Date(1735787039376),
  updatedAt: new Date(1735787039377),
  email: 'ghasyiyahps@gmail.com',
  mobile: '6281296450946',
  name: 'Mochamad Wira Sanjaya ',
  status: 'active',
  userId: '4dba4996-7d74-483e-99fe-b52c60368cb5',
};

describe('splitMayarName', () => {
  it.each([
    ['Kirana', 'Kirana', null],
    ['Gusty Saram', 'Gusty', 'Saram'],
    ['Mochamad Wira Sanjaya ', 'Mochamad', 'Wira Sanjaya'],
    ['  I kadek  dianda saputra', 'I', 'kadek  dianda saputra'],
    ['<b>Budi</b> & Sari', '<b>Budi</b>', '& Sari'],
    ['   ', null, null],
    ['', null, null],
  ])('%j → %j / %j', (name, first, last) => {
    expect(splitMayarName(name)).toEqual({ firstName: first, lastName: last });
  });

  it('gives back the trimmed name as "first last"', () => {
    for (const name of ['Rio Handoko', 'caca. 90o bispes', 'Theresia', 'Élodie Dupont 🌸']) {
      const { firstName, lastName } = splitMayarName(name);
      expect(`${firstName ?? ''} ${lastName ?? ''}`.trim()).toBe(name);
    }
  });
});

describe('mapMayarCustomer', () => {
  it('maps the documented fields', () => {
    expect(mapMayarCustomer(row)).toMatchObject({
      upstreamId: row.id,
      firstName: 'Mochamad',
      lastName: 'Wira Sanjaya',
      mobileNumber: '6281296450946',
      email: 'ghasyiyahps@gmail.com',
      isActive: true,
      isProfileCompleted: true,
      createdAt: new Date(1735787039376),
      updatedAt: new Date(1735787039377),
      username: null,
      gender: null,
      avatar: null,
      lastLogin: null,
      payloadJson: JSON.stringify({
        createdAt: 1735787039376,
        email: row.email,
        id: row.id,
        mobile: row.mobile,
        name: 'Mochamad Wira Sanjaya ',
        status: 'active',
        updatedAt: 1735787039377,
        userId: row.userId,
      }),
    });
  });

  it.each(['inactive', 'suspended', 'Active', null])('status %j is not active, and is kept in the payload', (status) => {
    const mapped = mapMayarCustomer({ ...row, status });
    expect(mapped.isActive).toBe(false);
    expect(JSON.parse(mapped.payloadJson).status).toBe(status);
  });

  it.each([
    ['name', { name: ' ' }],
    ['email', { email: '' }],
    ['mobile', { mobile: null }],
  ])('a profile without %s is not complete', (_field, change) => {
    expect(mapMayarCustomer({ ...row, ...change }).isProfileCompleted).toBe(false);
  });

  it('hashes content, not key order: equal rows hash equal, any change moves the hash', () => {
    const reordered = Object.fromEntries(Object.entries(row).reverse()) as unknown as MayarCustomer;
    expect(mapMayarCustomer(reordered).contentHash).toBe(mapMayarCustomer(row).contentHash);
    expect(Object.keys(JSON.parse(mapMayarCustomer(reordered).payloadJson))).toEqual(Object.keys(JSON.parse(mapMayarCustomer(row).payloadJson)).sort());
    for (const change of [{ name: 'Other' }, { email: 'x@y.z' }, { status: 'inactive' }, { updatedAt: new Date(1) }]) {
      expect(mapMayarCustomer({ ...row, ...change }).contentHash).not.toBe(mapMayarCustomer(row).contentHash);
    }
  });
});
