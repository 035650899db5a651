import type { z } from 'zod';
import type { UpstreamIdentity } from './http/upstream-identity';
import { UpstreamError, type UpstreamErrorContext } from './http/upstream-error';
import { describeIssues } from './validate-rows';

/** A page wrapper we cannot read means the walk cannot go on: a typed `invalid_response`. */
export function parseEnvelope<T>(schema: z.ZodType<T>, body: unknown, identity: UpstreamIdentity, context: UpstreamErrorContext): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new UpstreamError({
    kind: 'invalid_response',
    upstream: identity.upstream,
    context,
    message: `${identity.label} sent a page in an unexpected shape (${describeIssues(result.error)}).`,
  });
}

export function invalidResponse(identity: UpstreamIdentity, context: UpstreamErrorContext, problem: string): UpstreamError {
  return new UpstreamError({ kind: 'invalid_response', upstream: identity.upstream, context, message: `${identity.label} ${problem}` });
}
