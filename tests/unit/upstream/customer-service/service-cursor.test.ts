import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from '@/lib/upstream/customer-service/iso-instant';
import { comparePositions, formatServiceCursor, parseServiceCursor, positionOf } from '@/lib/upstream/customer-service/service-cursor';

describe('parseIsoInstant', () => {
  it('reads the forms Django REST Framework writes, zone or not', () => {
    expect(parseIsoInstant('2025-01-06T12:18:42Z')!.date.toISOString()).toBe('2025-01-06T12:18:42.000Z');
    expect(parseIsoInstant('2025-01-06T12:18:42.512000Z')!.date.toISOString()).toBe('2025-01-06T12:18:42.512Z');
    expect(parseIsoInstant('2025-01-06T19:18:42.5+07:00')!.date.toISOString()).toBe('2025-01-06T12:18:42.500Z');
    expect(parseIsoInstant('2025-01-06T19:18:42+0700')!.date.toISOString()).toBe('2025-01-06T12:18:42.000Z');
    expect(parseIsoInstant('2025-01-06 12:18:42')!.date.toISOString()).toBe('2025-01-06T12:18:42.000Z');
    expect(parseIsoInstant('2025-01-06T12:18Z')!.date.toISOString()).toBe('2025-01-06T12:18:00.000Z');
  });

  it('keeps the microseconds a Date drops', () => {
    const a = parseIsoInstant('2025-01-06T12:18:42.512001Z')!;
    const b = parseIsoInstant('2025-01-06T12:18:42.512999Z')!;
    expect(a.date.getTime()).toBe(b.date.getTime());
    expect(b.micros - a.micros).toBe(998);
    expect(parseIsoInstant('2025-01-06T19:18:42.512999+07:00')!.micros).toBe(b.micros);
  });

  it('reads DRF\'s own UTC form (its quick path) exactly as the same instant written with an offset', () => {
    for (const fraction of ['', '.5', '.51', '.512', '.5120', '.51200', '.512001', '.999999', '.000001']) {
      for (const wall of ['2025-01-06T12:18:42', '1999-12-31T23:59:59', '2024-02-29T00:00:00', '2025-02-30T00:00:00', '2025-01-06T24:00:00']) {
        expect(parseIsoInstant(`${wall}${fraction}Z`), `${wall}${fraction}`).toEqual(parseIsoInstant(`${wall}${fraction}+00:00`));
      }
    }
  });

  it('rejects what is not an instant', () => {
    for (const text of ['', 'yesterday', '2025-01-06', '2025-13-06T00:00:00Z', '1735787039376']) expect(parseIsoInstant(text)).toBeNull();
  });
});

describe('service cursor', () => {
  it('orders rows by updated_at (to the microsecond), then id', () => {
    const early = positionOf({ id: 9, updated_at: '2025-01-06T12:18:42.512001Z' })!;
    const later = positionOf({ id: 1, updated_at: '2025-01-06T12:18:42.512002Z' })!;
    const sameTimeHigherId = positionOf({ id: 10, updated_at: '2025-01-06T12:18:42.512001Z' })!;
    expect(comparePositions(early, later)).toBeLessThan(0);
    expect(comparePositions(early, sameTimeHigherId)).toBeLessThan(0);
    expect(comparePositions(sameTimeHigherId, later)).toBeLessThan(0);
    expect(positionOf({ id: '9', updated_at: '2025-01-06T12:18:42Z' })).toBeNull();
    expect(positionOf({ id: 9, updated_at: 'soon' })).toBeNull();
  });

  it('round-trips through text and refuses anything else', () => {
    const cursor = { updatedAt: '2025-01-06T12:18:42.512000Z', id: 42 };
    expect(parseServiceCursor(formatServiceCursor(cursor))).toEqual(cursor);
    for (const text of [null, '', 'garbage', '{"updatedAt":"later","id":1}', '{"updatedAt":"2025-01-06T12:18:42Z"}']) {
      expect(parseServiceCursor(text)).toBeNull();
    }
  });
});
