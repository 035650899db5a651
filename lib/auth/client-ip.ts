/**
 * The caller's IP for throttling and the audit log. The portal is meant to run behind a reverse
 * proxy that sets X-Forwarded-For / X-Real-IP; those headers are trusted as-is, so exposing the
 * app directly lets a client choose its own IP (per-account throttling still applies).
 */
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const MAX_IP_LENGTH = 64;

export function clientIp(headers: HeaderSource): string | null {
  const forwarded = read(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || read(headers, 'x-real-ip')?.trim();
  return ip ? ip.slice(0, MAX_IP_LENGTH) : null;
}

function read(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
