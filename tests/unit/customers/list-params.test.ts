import { describe, expect, it } from 'vitest';
import { parseCustomerListParams } from '@/lib/customers/list-params';

const parse = (query: string) => parseCustomerListParams(new URLSearchParams(query));

describe('parseCustomerListParams: what the query builder relies on', () => {
  it.each([
    ['', [['id', 'asc']]],
    ['ordering=-created_at', [['created_at', 'desc'], ['id', 'desc']]],
    ['ordering=email,-last_login', [['email', 'asc'], ['last_login', 'desc'], ['id', 'desc']]],
    ['ordering=-id,email', [['id', 'desc'], ['email', 'asc']]],
    ['ordering=email,email,-email', [['email', 'asc'], ['id', 'asc']]],
  ])('ordering "%s" ends with an id tie-break in the last term’s direction', (query, expected) => {
    const result = parse(query);
    expect(result.ok && result.query.ordering.map((term) => [term.field, term.direction])).toEqual(expected);
  });

  it('accepts expand=upstream (repeated or padded) and rejects unknown blocks', () => {
    const ok = parse('expand= upstream,upstream ');
    expect(ok.ok && ok.query.expand).toEqual(['upstream']);
    const none = parse('');
    expect(none.ok && none.query.expand).toEqual([]);
    expect(parse('expand=upstream,secrets')).toEqual({ ok: false, errors: { expand: ['Select a valid choice. secrets is not one of the available choices.'] } });
  });

  it('keeps search terms raw for the builder to fold', () => {
    const result = parse('search=ÉLODIE "Mary Ann" 100%,x_y');
    expect(result.ok && result.query.search).toEqual(['ÉLODIE', 'Mary Ann', '100%', 'x_y']);
  });

  it('takes the last value of a repeated parameter, a blank last value meaning "not filtered" (as QueryDict.get)', () => {
    const filtered = parse('gender=male&gender=female');
    expect(filtered.ok && filtered.query.filters.gender).toBe('female');
    const cleared = parse('gender=male&gender=');
    expect(cleared.ok && cleared.query.filters.gender).toBeUndefined();
    expect(parse('limit=abc&limit=5')).toMatchObject({ ok: true, query: { limit: 5 } });
  });

  it.each([
    ['2023-01-01T10:00:00+07', '2023-01-01T03:00:00.000Z'],
    ['2023-01-01T10:00:00+0730', '2023-01-01T02:30:00.000Z'],
    ['2023-01-01T10:00:00.1234567Z', '2023-01-01T10:00:00.123Z'],
    ['2023-01-01 10:00:00.5 Z', '2023-01-01T10:00:00.500Z'],
    ['2023-01-01T10:00', '2023-01-01T10:00:00.000Z'],
  ])('reads the date-time %s as Django does (%s)', (value, expected) => {
    const result = parse(`created_from=${encodeURIComponent(value)}`);
    expect(result.ok && result.query.filters.created).toEqual([{ gte: new Date(expected) }]);
  });

  it.each(['2023-01-01T10:00:00+7', '2023-01-01T24:00:00Z', '2023-01-01T10:00:00.1234567890123Z'])('rejects the date-time %s', (value) => {
    expect(parse(`created_from=${encodeURIComponent(value)}`)).toEqual({ ok: false, errors: { created_from: ['Enter a valid date/time.'] } });
  });
});
