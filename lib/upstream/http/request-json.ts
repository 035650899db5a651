import 'server-only';
import { errorForStatus } from './describe-status';
import { scrubSecret, summariseErrorBody } from './scrub-secret';
import type { UpstreamIdentity } from './upstream-identity';
import { UpstreamError, type UpstreamErrorContext } from './upstream-error';

export interface JsonRequest {
  identity: UpstreamIdentity;
  url: URL;
  headers: Record<string, string>;
  /** The API key inside `headers`: scrubbed from anything that becomes part of an error. */
  secret: string;
  timeoutMs: number;
  context: UpstreamErrorContext;
  nowMs: number;
  /** The status a JSON body declares for itself, or null when it declares none or success. */
  bodyStatus?: (body: unknown) => number | null;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** Undici reports "fetch failed" with the real reason (ECONNREFUSED, ENOTFOUND…) as its cause. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * One GET with a deadline covering headers and body. Every failure becomes an UpstreamError whose
 * message, and `cause`, are built from scratch so nothing carrying the request headers escapes.
 */
export async function requestJson(request: JsonRequest): Promise<unknown> {
  const { identity, url, secret, context } = request;
  const base = { upstream: identity.upstream, context };
  const timedOut = () =>
    new UpstreamError({ ...base, kind: 'unavailable', retryable: true, message: `${identity.label} did not answer within ${request.timeoutMs} ms.` });

  const signal = AbortSignal.timeout(request.timeoutMs);
  let response: Response;
  try {
    // A redirect is reported rather than followed, so the key is only ever sent to the configured host.
    response = await fetch(url, { headers: request.headers, signal, redirect: 'manual', cache: 'no-store' });
  } catch (error) {
    if (isTimeout(error)) throw timedOut();
    const reason = scrubSecret(networkReason(error), secret);
    throw new UpstreamError({
      ...base,
      kind: 'unavailable',
      retryable: true,
      message: `${identity.label} could not be reached at ${url.origin} (${reason}). Check ${identity.baseUrlVariable}.`,
      cause: new Error(reason),
    });
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (isTimeout(error)) throw timedOut();
    throw new UpstreamError({
      ...base,
      kind: 'invalid_response',
      status: response.status,
      retryable: true,
      message: `${identity.label} cut the response off before the end.`,
    });
  }

  const failed = (status: number, inBodyOf?: number) => ({
    status,
    detail: summariseErrorBody(text, secret),
    retryAfter: response.headers.get('retry-after'),
    location: response.headers.get('location'),
    inBodyOf,
  });
  if (!response.ok) throw errorForStatus(failed(response.status), identity, context, request.nowMs);

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? scrubSecret(error.message, secret) : 'unreadable';
    throw new UpstreamError({
      ...base,
      kind: 'invalid_response',
      status: response.status,
      retryable: true,
      message: `${identity.label} sent a response that is not valid JSON (${reason}).`,
    });
  }
  // Checked here, inside the retried attempt, so a 5xx or 429 reported only in the body is retried like a real one.
  const declared = request.bodyStatus?.(body) ?? null;
  if (declared !== null) throw errorForStatus(failed(declared, response.status), identity, context, request.nowMs);
  return body;
}
