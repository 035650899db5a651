/** Signing in over plain HTTP, the way NextAuth's client does, for tests that need no browser. */
export interface HttpSession {
  /** The `Cookie` header value carrying the session. */
  cookie: string;
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = cookiePairs(csrfResponse.headers);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiePairs(response.headers)
    .split('; ')
    .filter((pair) => pair.includes('session-token='))
    .join('; ');
  if (!session) throw new Error(`sign-in as ${email} failed with ${response.status}: ${await response.text()}`);
  return { cookie: session };
}

function cookiePairs(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}
