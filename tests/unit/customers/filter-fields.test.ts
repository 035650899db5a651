import { describe, expect, it } from 'vitest';
import { FILTER_SECTIONS } from '@/components/customers/filter-fields';
import { orderingFor, sortDirectionOf } from '@/components/customers/ordering-state';
import { customerQueryString } from '@/lib/customers/customer-url-params';
import { CUSTOMER_LIST_PARAM_NAMES, parseCustomerListParams } from '@/lib/customers/list-params';

describe('the advanced filter form', () => {
  it('asks for every parameter the parser accepts, once', () => {
    const fields = FILTER_SECTIONS.flatMap((section) => section.fields.map((field) => field.name));
    expect([...fields].sort()).toEqual([...CUSTOMER_LIST_PARAM_NAMES].sort());
  });

  it('offers only choices the parser accepts', () => {
    for (const field of FILTER_SECTIONS.flatMap((section) => section.fields)) {
      const choices = field.input.kind === 'tristate' ? ['true', 'false'] : field.input.kind === 'choice' ? field.input.options : [];
      for (const choice of choices) expect(parseCustomerListParams({ [field.name]: choice }).ok).toBe(true);
    }
  });
});

describe('the portal URL', () => {
  it('is the API query string: blank values dropped, parameter order fixed, omissions honoured', () => {
    expect(customerQueryString({ search: 'ann lee', gender: '', ordering: '-email', limit: '25', offset: '50' })).toBe('limit=25&offset=50&search=ann+lee&ordering=-email');
    expect(customerQueryString({ search: 'ann', limit: '25', offset: '50' }, ['limit', 'offset'])).toBe('search=ann');
  });

  it('maps column sorting to ordering and back', () => {
    expect(sortDirectionOf('-created_at,email', 'created_at')).toBe('desc');
    expect(sortDirectionOf('-created_at,email', 'email')).toBe('asc');
    expect(sortDirectionOf('-created_at', 'email')).toBe(false);
    expect(orderingFor('email', 'desc')).toBe('-email');
    expect(orderingFor('email', false)).toBeNull();
  });
});
