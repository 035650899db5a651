/**
 * What a customer list depends on besides its parameters: the clock (for "online"), the online
 * window, and whether the caller may see deleted customers.
 */
import { z } from 'zod';
import type { CountCache } from './count-cache';

export interface CustomerListContext {
  now: Date;
  onlineWindowMinutes: number;
  /** Only then does `include_deleted=true` take effect. */
  mayIncludeDeleted: boolean;
  /** Where recent counts are remembered; without one every list counts afresh. */
  countCache?: CountCache;
}

export const DEFAULT_ONLINE_WINDOW_MINUTES = 5;

const windowSchema = z.coerce.number().positive().max(7 * 24 * 60);

/** `CUSTOMERS_ONLINE_WINDOW_MINUTES` (default 5): how recent a token use counts as online. */
export function onlineWindowMinutes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CUSTOMERS_ONLINE_WINDOW_MINUTES?.trim();
  if (!raw) return DEFAULT_ONLINE_WINDOW_MINUTES;
  const parsed = windowSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`CUSTOMERS_ONLINE_WINDOW_MINUTES must be a number of minutes (0 < n ≤ 10080); got "${raw}"`);
  return parsed.data;
}

export function customerListContext(options: { mayIncludeDeleted: boolean; countCache?: CountCache; now?: Date }): CustomerListContext {
  return { now: options.now ?? new Date(), onlineWindowMinutes: onlineWindowMinutes(), ...options };
}

/** A customer is online when they hold a token that was used at or after this instant. */
export function onlineSince(context: CustomerListContext): Date {
  return new Date(context.now.getTime() - context.onlineWindowMinutes * 60_000);
}

export function isOnline(customer: { hasToken: boolean; lastTokenUseAt: Date | null }, since: Date): boolean {
  return customer.hasToken && customer.lastTokenUseAt !== null && customer.lastTokenUseAt.getTime() >= since.getTime();
}
