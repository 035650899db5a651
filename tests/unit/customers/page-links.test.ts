import { describe, expect, it } from 'vitest';
import { pageLinks } from '@/lib/customers/page-links';

const URL_BASE = 'https://hub.example/api/customers';

describe('pageLinks (DRF LimitOffsetPagination)', () => {
  it('has no previous on the first page and no next on the last', () => {
    expect(pageLinks(`${URL_BASE}?limit=10`, { limit: 10, offset: 0, count: 5 })).toEqual({ next: null, previous: null });
    expect(pageLinks(`${URL_BASE}`, { limit: 10, offset: 0, count: 10 })).toEqual({ next: null, previous: null });
  });

  it('sets limit and offset, keeps every other parameter (repeated ones too), sorts keys', () => {
    const links = pageLinks(`${URL_BASE}?search=john+doe&zeta=2&zeta=3&gender=&offset=20&limit=10`, { limit: 10, offset: 20, count: 100 });
    expect(links.next).toBe(`${URL_BASE}?gender=&limit=10&offset=30&search=john+doe&zeta=2&zeta=3`);
    expect(links.previous).toBe(`${URL_BASE}?gender=&limit=10&offset=10&search=john+doe&zeta=2&zeta=3`);
  });

  it('drops offset when the previous page is the first, and adds the default limit', () => {
    expect(pageLinks(`${URL_BASE}?offset=7`, { limit: 10, offset: 7, count: 100 })).toEqual({
      next: `${URL_BASE}?limit=10&offset=17`,
      previous: `${URL_BASE}?limit=10`,
    });
  });

  it('points back from past the end, where there is no next', () => {
    expect(pageLinks(`${URL_BASE}?offset=500`, { limit: 10, offset: 500, count: 42 })).toEqual({
      next: null,
      previous: `${URL_BASE}?limit=10&offset=490`,
    });
  });
});
