import type { UpstreamName } from './upstream-error';

/** How errors name an upstream and which environment variables they point the reader to. */
export interface UpstreamIdentity {
  upstream: UpstreamName;
  label: string;
  keyVariable: string;
  baseUrlVariable: string;
  rateVariable: string;
}
