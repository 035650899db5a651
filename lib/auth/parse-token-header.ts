/**
 * Reads `Authorization: Token <key>` exactly as Django REST Framework's TokenAuthentication
 * does, including its error messages, so clients of the old API see the same answers.
 */
export const TOKEN_KEYWORD = 'Token';

export const TOKEN_ERRORS = {
  noCredentials: 'Invalid token header. No credentials provided.',
  spaces: 'Invalid token header. Token string should not contain spaces.',
  invalidCharacters: 'Invalid token header. Token string should not contain invalid characters.',
} as const;

export type TokenHeader = { kind: 'absent' } | { kind: 'invalid'; detail: string } | { kind: 'token'; key: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function parseTokenHeader(value: string | null): TokenHeader {
  // Like Python's bytes.split(): any run of whitespace separates, leading/trailing ignored.
  const parts = (value ?? '').split(/[ \t\n\r\v\f]+/).filter(Boolean);
  // Another scheme (Basic, Bearer…) is not ours to reject: the request is simply not token-authenticated.
  if (parts.length === 0 || parts[0]!.toLowerCase() !== TOKEN_KEYWORD.toLowerCase()) return { kind: 'absent' };
  if (parts.length === 1) return { kind: 'invalid', detail: TOKEN_ERRORS.noCredentials };
  if (parts.length > 2) return { kind: 'invalid', detail: TOKEN_ERRORS.spaces };
  const key = decodeHeaderBytes(parts[1]!);
  return key === null ? { kind: 'invalid', detail: TOKEN_ERRORS.invalidCharacters } : { kind: 'token', key };
}

// Header values arrive as one character per byte; DRF decodes those bytes as UTF-8.
function decodeHeaderBytes(raw: string): string | null {
  try {
    return utf8.decode(Buffer.from(raw, 'latin1'));
  } catch {
    return null;
  }
}
