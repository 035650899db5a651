'use client';

import { useQueryStates } from 'nuqs';
import { customerUrlParsers } from '@/lib/customers/customer-url-params';

/**
 * The customer filters in the URL, for client controls. Not shallow: every change re-renders the
 * server page, which runs the query (the results' Suspense is keyed on the query string).
 */
export function useCustomerUrlParams() {
  return useQueryStates(customerUrlParsers, { shallow: false, history: 'push' });
}
