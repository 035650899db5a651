import { describe, expect, it } from 'vitest';
import { parseTokenHeader, TOKEN_ERRORS } from '@/lib/auth/parse-token-header';

describe('parseTokenHeader (DRF TokenAuthentication rules)', () => {
  it.each([null, '', '   ', 'Bearer abc', 'Basic dXNlcjpwYXNz', 'Tokens abc', 'Tok abc'])('%j is not a token header', (value) => {
    expect(parseTokenHeader(value)).toEqual({ kind: 'absent' });
  });

  it.each(['Token abc', 'token abc', 'TOKEN abc', '  Token \t abc  '])('%j carries the key "abc"', (value) => {
    expect(parseTokenHeader(value)).toEqual({ kind: 'token', key: 'abc' });
  });

  it('rejects a keyword with no key', () => {
    expect(parseTokenHeader('Token')).toEqual({ kind: 'invalid', detail: TOKEN_ERRORS.noCredentials });
    expect(parseTokenHeader('Token   ')).toEqual({ kind: 'invalid', detail: TOKEN_ERRORS.noCredentials });
  });

  it('rejects a key with spaces in it', () => {
    expect(parseTokenHeader('Token abc def')).toEqual({ kind: 'invalid', detail: TOKEN_ERRORS.spaces });
  });

  it('rejects a key that is not valid UTF-8 once read as header bytes', () => {
    expect(parseTokenHeader('Token abc\u00ff')).toEqual({ kind: 'invalid', detail: TOKEN_ERRORS.invalidCharacters });
    // The two bytes of "é" in UTF-8, as a header carries them.
    expect(parseTokenHeader('Token caf\u00c3\u00a9')).toEqual({ kind: 'token', key: 'café' });
  });
});
