/**
 * The one error type both upstream clients throw. `kind` is what a caller branches on; the message
 * is written for the person reading the sync log and never contains an API key.
 */
export const UPSTREAM_ERROR_KINDS = ['unauthorized', 'forbidden', 'rate_limited', 'unavailable', 'invalid_response', 'rejected'] as const;
export type UpstreamErrorKind = (typeof UPSTREAM_ERROR_KINDS)[number];

export type UpstreamName = 'mayar' | 'customer-service';

export interface UpstreamErrorContext {
  /** 1-based page of the walk being fetched. */
  page?: number;
  offset?: number;
  /** Path and query of the request (never headers). */
  path?: string;
}

export interface UpstreamErrorInit {
  kind: UpstreamErrorKind;
  upstream: UpstreamName;
  message: string;
  status?: number;
  context?: UpstreamErrorContext;
  /** Worth asking again: rate limits, 5xx, network trouble, timeouts, cut-off or garbled bodies. */
  retryable?: boolean;
  retryAfterMs?: number;
  attempts?: number;
  cause?: unknown;
}

function describeContext(context: UpstreamErrorContext): string {
  const parts = [
    context.page !== undefined ? `page ${context.page}` : null,
    context.offset !== undefined ? `offset ${context.offset}` : null,
    context.path ? `GET ${context.path}` : null,
  ].filter(Boolean);
  return parts.length ? ` [${parts.join(', ')}]` : '';
}

export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly upstream: UpstreamName;
  readonly status?: number;
  readonly context: UpstreamErrorContext;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly attempts: number;
  private readonly init: UpstreamErrorInit;

  constructor(init: UpstreamErrorInit) {
    const attempts = init.attempts ?? 1;
    const gaveUp = attempts > 1 ? ` Gave up after ${attempts} attempts.` : '';
    super(`${init.message}${describeContext(init.context ?? {})}${gaveUp}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'UpstreamError';
    this.kind = init.kind;
    this.upstream = init.upstream;
    this.status = init.status;
    this.context = init.context ?? {};
    this.retryable = init.retryable ?? false;
    this.retryAfterMs = init.retryAfterMs;
    this.attempts = attempts;
    this.init = init;
  }

  afterAttempts(attempts: number): UpstreamError {
    return new UpstreamError({ ...this.init, attempts });
  }
}
