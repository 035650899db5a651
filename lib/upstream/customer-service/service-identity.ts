import type { UpstreamIdentity } from '../http/upstream-identity';

export const CUSTOMER_SERVICE: UpstreamIdentity = {
  upstream: 'customer-service',
  label: 'The customer service',
  keyVariable: 'CUSTOMERS_API_KEY',
  baseUrlVariable: 'CUSTOMERS_API_BASE_URL',
  rateVariable: 'CUSTOMERS_RATE_LIMIT_PER_MINUTE',
};
