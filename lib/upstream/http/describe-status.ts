import { STATUS_CODES } from 'node:http';
import { parseRetryAfter } from './backoff';
import type { UpstreamIdentity } from './upstream-identity';
import { UpstreamError, type UpstreamErrorContext } from './upstream-error';

export interface FailedResponse {
  status: number;
  /** Already scrubbed of the key. */
  detail: string | null;
  retryAfter: string | null;
  location: string | null;
  /** Set when `status` was read from the body of an answer with this HTTP status (Mayar's `statusCode`). */
  inBodyOf?: number;
}

function statusLine({ status, detail, inBodyOf }: FailedResponse): string {
  const reason = STATUS_CODES[status] ?? 'Unknown Status';
  const extra = detail && detail.toLowerCase() !== reason.toLowerCase() ? `: ${detail}` : '';
  const where = inBodyOf === undefined ? '' : `, as statusCode in the body of an HTTP ${inBodyOf} answer`;
  return `${status} ${reason}${extra}${where}`;
}

/** Turns a non-2xx answer into the typed error a caller can act on. */
export function errorForStatus(
  response: FailedResponse,
  identity: UpstreamIdentity,
  context: UpstreamErrorContext,
  nowMs: number,
): UpstreamError {
  const { status } = response;
  const { label, upstream } = identity;
  const base = { upstream, status, context };
  const line = statusLine(response);
  const retryAfterMs = parseRetryAfter(response.retryAfter, nowMs) ?? undefined;

  if (status === 401) {
    return new UpstreamError({ ...base, kind: 'unauthorized', message: `${label} rejected the API key (${line}). Check ${identity.keyVariable}.` });
  }
  if (status === 403) {
    const message = `${label} refused this API key access to the customer list (${line}). The key's account needs permission to list customers.`;
    return new UpstreamError({ ...base, kind: 'forbidden', message });
  }
  if (status === 429) {
    const message = `${label} is rate-limiting requests (${line}${retryAfterMs === undefined ? '' : `, retry after ${Math.ceil(retryAfterMs / 1000)} s`}). Lower ${identity.rateVariable} or try again later.`;
    return new UpstreamError({ ...base, kind: 'rate_limited', message, retryable: true, retryAfterMs });
  }
  if (status >= 500 || status === 408) {
    return new UpstreamError({ ...base, kind: 'unavailable', message: `${label} is unavailable (${line}). Try again later.`, retryable: true, retryAfterMs });
  }
  if (status >= 300 && status < 400 && response.inBodyOf === undefined) {
    const where = response.location ? ` to ${response.location}` : '';
    return new UpstreamError({ ...base, kind: 'rejected', message: `${label} redirected the request${where} (${line}). Set ${identity.baseUrlVariable} to the final address.` });
  }
  const hint = status === 404 || status === 405 ? `Check ${identity.baseUrlVariable}.` : 'Its API may have changed.';
  return new UpstreamError({ ...base, kind: 'rejected', message: `${label} refused the request (${line}). ${hint}` });
}
