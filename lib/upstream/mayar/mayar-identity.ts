import type { UpstreamIdentity } from '../http/upstream-identity';

export const MAYAR: UpstreamIdentity = {
  upstream: 'mayar',
  label: 'Mayar',
  keyVariable: 'MAYAR_API_KEY',
  baseUrlVariable: 'MAYAR_API_BASE_URL',
  rateVariable: 'MAYAR_RATE_LIMIT_PER_MINUTE',
};
