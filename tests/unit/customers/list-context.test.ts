import { describe, expect, it } from 'vitest';
import { customerListContext, isOnline, onlineSince, onlineWindowMinutes } from '@/lib/customers/list-context';

describe('the online window', () => {
  it('is 5 minutes unless CUSTOMERS_ONLINE_WINDOW_MINUTES says otherwise', () => {
    expect(onlineWindowMinutes({})).toBe(5);
    expect(onlineWindowMinutes({ CUSTOMERS_ONLINE_WINDOW_MINUTES: ' 15 ' })).toBe(15);
    expect(onlineWindowMinutes({ CUSTOMERS_ONLINE_WINDOW_MINUTES: '0.5' })).toBe(0.5);
    for (const bad of ['0', '-1', 'soon', '100000']) {
      expect(() => onlineWindowMinutes({ CUSTOMERS_ONLINE_WINDOW_MINUTES: bad })).toThrow(/CUSTOMERS_ONLINE_WINDOW_MINUTES/);
    }
  });

  it('counts a token used at the window’s very start as online, and nothing without a token', () => {
    const context = customerListContext({ mayIncludeDeleted: false, now: new Date('2026-01-01T12:00:00Z') });
    const since = onlineSince(context);
    expect(since.toISOString()).toBe('2026-01-01T11:55:00.000Z');
    expect(isOnline({ hasToken: true, lastTokenUseAt: since }, since)).toBe(true);
    expect(isOnline({ hasToken: true, lastTokenUseAt: new Date(since.getTime() - 1) }, since)).toBe(false);
    expect(isOnline({ hasToken: false, lastTokenUseAt: since }, since)).toBe(false);
    expect(isOnline({ hasToken: true, lastTokenUseAt: null }, since)).toBe(false);
  });
});
