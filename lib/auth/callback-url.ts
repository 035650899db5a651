/**
 * Where to go after signing in. Only same-origin relative paths are allowed, so a crafted link
 * such as /login?callbackUrl=//evil.example cannot bounce a freshly signed-in user elsewhere.
 * Shared by the login page (server) and the sign-in form (client).
 */
export const DEFAULT_AFTER_SIGN_IN = '/customers';

const PROBE_ORIGIN = 'http://callback.invalid';
const MAX_LENGTH = 2048;

export function safeCallbackUrl(raw: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  const decoded = decodeFully(raw);
  if (decoded === null || !isPlainRelativePath(raw) || !startsWithOneSlash(decoded.replace(CONTROL, ''))) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  // Back to the sign-in machinery would loop.
  if (url.pathname === '/login' || url.pathname.startsWith('/api/auth')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

const CONTROL = /[\u0000-\u001f\u007f]/g;

// Browsers read `\` as `/` and drop tabs and newlines, so neither may appear at all.
function isPlainRelativePath(value: string): boolean {
  return startsWithOneSlash(value) && !/[\\\u0000-\u001f\u007f]/.test(value);
}

function startsWithOneSlash(value: string): boolean {
  return /^\/(?![/\\])/.test(value);
}

/** Percent-decodes until stable, so `/%2F%2Fevil` is judged as `//evil`; null when it never settles. */
function decodeFully(value: string): string | null {
  let current = value;
  for (let round = 0; round < 4; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}
