import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normaliseContent, type JsonObject } from '@/lib/sync/hash-content';

/** The definition: keys sorted at every level, serialised, SHA-256 of that text. */
function reference(value: unknown): string {
  const sorted = (item: unknown): unknown =>
    Array.isArray(item)
      ? item.map(sorted)
      : item !== null && typeof item === 'object'
        ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, sorted((item as Record<string, unknown>)[key])]))
        : item;
  return JSON.stringify(sorted(value));
}

describe('normaliseContent', () => {
  it.each<[string, JsonObject]>([
    ['flat, in key order', { a: 1, b: 'x', c: null, d: true }],
    ['flat, out of order', { d: true, a: 1, c: null, b: 'x' }],
    ['in order but nested', { a: { z: 1, y: 2 }, b: [{ q: 1, p: 2 }] }],
    ['keys a plain < cannot order alone', { B: 1, a: 2, _: 3, 'é': 4, e: 5, '10': 6, '9': 7 }],
    ['empty', {}],
  ])('stores and hashes the sorted serialisation: %s', (_case, payload) => {
    const { payloadJson, contentHash } = normaliseContent(payload);
    expect(payloadJson).toBe(reference(payload));
    expect(contentHash).toBe(createHash('sha256').update(reference(payload)).digest('hex'));
  });

  it('equal content hashes equal whatever the key order; any change moves the hash', () => {
    const one = normaliseContent({ id: 1, name: 'a', tags: { x: 1, y: 2 } });
    expect(normaliseContent({ tags: { y: 2, x: 1 }, name: 'a', id: 1 })).toEqual(one);
    expect(normaliseContent({ id: 1, name: 'b', tags: { x: 1, y: 2 } }).contentHash).not.toBe(one.contentHash);
  });
});
