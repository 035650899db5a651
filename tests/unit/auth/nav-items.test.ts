import { describe, expect, it } from 'vitest';
import { isActivePath, navItemsFor } from '@/components/shell/nav-items';

describe('navigation by role', () => {
  it('links staff to customers only, and admins to every section', () => {
    expect(navItemsFor({ role: 'STAFF' }).map((item) => item.href)).toEqual(['/customers']);
    expect(navItemsFor({ role: 'ADMIN' }).map((item) => item.href)).toEqual(['/customers', '/filters', '/sync', '/users', '/audit']);
  });

  it('links nothing while the user must change their password, whatever the role', () => {
    expect(navItemsFor({ role: 'ADMIN', mustChangePassword: true })).toEqual([]);
    expect(navItemsFor({ role: 'STAFF', mustChangePassword: true })).toEqual([]);
    expect(navItemsFor({ role: 'STAFF', mustChangePassword: false }).map((item) => item.href)).toEqual(['/customers']);
  });

  it('marks a section active on its own page and below it, not on look-alike paths', () => {
    expect(isActivePath('/customers', '/customers')).toBe(true);
    expect(isActivePath('/customers/42', '/customers')).toBe(true);
    expect(isActivePath('/customers-archive', '/customers')).toBe(false);
    expect(isActivePath('/users', '/customers')).toBe(false);
  });
});
