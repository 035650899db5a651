/**
 * Misbehaviour a fake can be told to show, changeable while it runs (`fake.faults.rateLimit = …`).
 * A trigger fires for the `next` N requests (counted down as they fire), for every `every`-th
 * request, or for the listed request numbers (1-based, counting every API request the fake sees).
 */
export interface FaultTrigger {
  next?: number;
  every?: number;
  requests?: number[];
}

export interface Faults {
  /** Added before every answer. */
  latencyMs?: number;
  /** Added, on top of `latencyMs`, before the chosen answers only: one slow page in a walk. */
  slow?: FaultTrigger & { ms: number };
  /** 429 with `Retry-After` (seconds or an HTTP date). */
  rateLimit?: FaultTrigger & { retryAfter?: string };
  /** An error status (500 by default; e.g. 401 for a key revoked mid-walk), optionally with `Retry-After`. */
  serverError?: FaultTrigger & { status?: number; retryAfter?: string };
  /** HTTP 200 carrying the error body of `status` (500 by default): Mayar's body has its own statusCode. */
  errorInOkBody?: FaultTrigger & { status?: number };
  /** 200 with a body that is not JSON. */
  malformedJson?: FaultTrigger;
  /** 200 whose body stops halfway, the connection closed under it. */
  truncatedBody?: FaultTrigger;
  /** Serve these rows with one field replaced by a bad value. */
  badRows?: { id: string | number; field: string; value: unknown }[];
  /** Claim more pages forever (`hasMore: true` / a `next` link). */
  endlessPages?: boolean;
}

export type ResponseFault = 'rate_limit' | 'server_error' | 'error_in_ok_body' | 'malformed_json' | 'truncated_body';

function fires(trigger: FaultTrigger | undefined, requestNumber: number): boolean {
  if (!trigger) return false;
  if (trigger.next && trigger.next > 0) {
    trigger.next--;
    return true;
  }
  if (trigger.every && requestNumber % trigger.every === 0) return true;
  return trigger.requests?.includes(requestNumber) ?? false;
}

/** Extra delay before this request's answer. */
export function extraLatency(faults: Faults, requestNumber: number): number {
  return fires(faults.slow, requestNumber) ? faults.slow!.ms : 0;
}

/** The fault this request gets, if any (at most one). */
export function takeFault(faults: Faults, requestNumber: number): ResponseFault | null {
  if (fires(faults.rateLimit, requestNumber)) return 'rate_limit';
  if (fires(faults.serverError, requestNumber)) return 'server_error';
  if (fires(faults.errorInOkBody, requestNumber)) return 'error_in_ok_body';
  if (fires(faults.malformedJson, requestNumber)) return 'malformed_json';
  if (fires(faults.truncatedBody, requestNumber)) return 'truncated_body';
  return null;
}

/** Applies `badRows` to a serialised row. */
export function withBadFields<T extends { id: string | number }>(faults: Faults, row: T): T {
  const bad = faults.badRows?.filter((item) => String(item.id) === String(row.id));
  return bad?.length ? { ...row, ...Object.fromEntries(bad.map((item) => [item.field, item.value])) } : row;
}
