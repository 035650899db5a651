import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeenCustomers } from '@/lib/sync/seen-customers';

describe('SeenCustomers', () => {
  it('answers exactly for the ids marked, and counts each once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200_000 }), { maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 200_000 }), { maxLength: 50 }), (marked, probes) => {
        const seen = new SeenCustomers();
        seen.markIds(marked);
        const expected = new Set(marked);
        expect(seen.size).toBe(expected.size);
        for (const id of [...marked, ...probes]) expect(seen.has(id)).toBe(expected.has(id));
      }),
    );
  });

  it('counts invalid rows it holds no customer for by upstream id', () => {
    const seen = new SeenCustomers();
    seen.markIds([1, 2]);
    seen.markUnknown('abc');
    seen.markUnknown('abc');
    expect(seen.size).toBe(3);
  });
});
