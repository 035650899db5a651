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
});
