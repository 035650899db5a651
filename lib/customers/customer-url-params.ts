/**
 * The portal's customer pages keep their filters in the URL under the API's own parameter names,
 * as raw strings: the server page and the client controls share these nuqs parsers, and the API's
 * parser alone decides what is valid. So the portal URL's query string is also a working API query.
 */
import { createLoader, parseAsString } from 'nuqs/server';
import { CUSTOMER_LIST_PARAM_NAMES, type CustomerListParamName } from './list-params';

export const customerUrlParsers = Object.fromEntries(CUSTOMER_LIST_PARAM_NAMES.map((name) => [name, parseAsString])) as {
  [Name in CustomerListParamName]: typeof parseAsString;
};

export type CustomerUrlParams = Partial<Record<CustomerListParamName, string | null>>;

export const loadCustomerUrlParams = createLoader(customerUrlParsers);

/** The non-blank parameters as a query string, in the API's parameter order. */
export function customerQueryString(values: CustomerUrlParams, omit: readonly CustomerListParamName[] = []): string {
  const params = new URLSearchParams();
  for (const name of CUSTOMER_LIST_PARAM_NAMES) {
    const value = values[name];
    if (value && value.trim() && !omit.includes(name)) params.set(name, value);
  }
  return params.toString();
}
