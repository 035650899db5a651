/**
 * The URL the client asked for, for absolute links in a response (as DRF's
 * `request.build_absolute_uri()`). Next builds `request.url` from its own bind address
 * (`http://localhost:3000/…` behind `next start`), so the host comes from the Host header, and
 * behind TRUSTED_PROXY_HOPS proxies from the X-Forwarded-Host / X-Forwarded-Proto the outermost
 * trusted proxy wrote.
 */
import { trustedProxyHops } from '@/lib/auth/proxy-settings';

export function requestedUrl(request: Request, hops: number = trustedProxyHops()): URL {
  const url = new URL(request.url);
  const host = (hops > 0 ? trustedEntry(request.headers.get('x-forwarded-host'), hops) : null) ?? request.headers.get('host');
  const forwardedProtocol = hops > 0 ? trustedEntry(request.headers.get('x-forwarded-proto'), hops)?.toLowerCase() : null;
  const protocol = forwardedProtocol === 'http' || forwardedProtocol === 'https' ? `${forwardedProtocol}:` : url.protocol;
  if (!host) return url;
  try {
    return new URL(`${url.pathname}${url.search}`, `${protocol}//${host}`);
  } catch {
    // Not a host: keep Next's address rather than fail the request over a header.
    return url;
  }
}

/** The entry the outermost trusted proxy appended to a comma-separated forwarding header. */
function trustedEntry(header: string | null, hops: number): string | null {
  if (!header) return null;
  const entries = header.split(',').map((entry) => entry.trim());
  return entries.length >= hops ? entries[entries.length - hops] || null : null;
}
