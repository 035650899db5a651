import { describe, expect, it } from 'vitest';
import { diffPayloads } from '@/lib/customers/diff-payloads';

describe('diffPayloads', () => {
  it('lists changed, added and removed fields, walking nested objects', () => {
    expect(
      diffPayloads(
        { name: 'Ann', email: 'a@x.io', address: { city: 'Bandung', zip: '40111' }, tags: ['a'], gone: 1 },
        { name: 'Ann', email: 'ann@x.io', address: { city: 'Jakarta', zip: '40111' }, tags: ['a', 'b'], added: null },
      ),
    ).toEqual([
      { path: 'added', before: undefined, after: null },
      { path: 'address.city', before: 'Bandung', after: 'Jakarta' },
      { path: 'email', before: 'a@x.io', after: 'ann@x.io' },
      { path: 'gone', before: 1, after: undefined },
      { path: 'tags', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('finds nothing between equal payloads, and compares non-objects whole', () => {
    expect(diffPayloads({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } })).toEqual([]);
    expect(diffPayloads('x', { a: 1 })).toEqual([{ path: '(whole payload)', before: 'x', after: { a: 1 } }]);
  });
});
