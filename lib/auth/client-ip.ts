/**
 * The caller's IP for throttling and the audit log. Each proxy appends the address it was
 * connected from to X-Forwarded-For, so only the last `hops` entries were written by proxies we
 * run; anything to their left came from the client, which can write whatever it likes there.
 * The entry the outermost trusted proxy appended is the client's address.
 *
 * With no trusted proxy (0, the default) the header proves nothing: `next start` fills it in
 * from the socket only when a request carries none, so a client's own value cannot be told apart,
 * and route handlers never see the socket. The IP is then unknown (null): per-IP throttling is
 * off, per-account throttling still applies. X-Real-IP is never read, for the same reason.
 */
import { trustedProxyHops } from './proxy-settings';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const MAX_IP_LENGTH = 64;

export function clientIp(headers: HeaderSource, hops: number = trustedProxyHops()): string | null {
  if (hops === 0) return null;
  const entries = forwardedFor(headers)
    .split(',')
    .map((entry) => entry.trim());
  // Fewer entries than proxies: the request skipped one of them, so no entry can be trusted.
  if (entries.length < hops) return null;
  const ip = entries[entries.length - hops];
  return ip ? ip.slice(0, MAX_IP_LENGTH) : null;
}

// Repeated headers are one list, in order (as Node and fetch join them).
function forwardedFor(headers: HeaderSource): string {
  if (headers instanceof Headers) return headers.get('x-forwarded-for') ?? '';
  const value = headers['x-forwarded-for'];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}
