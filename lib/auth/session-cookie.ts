/**
 * The session cookie's name. Secure (`__Secure-`) cookies when the public URL is https, fixed
 * from NEXTAUTH_URL rather than guessed per request, so NextAuth and api-request.ts agree.
 */
export function usesSecureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}

export function sessionCookieName(env: Record<string, string | undefined> = process.env): string {
  return `${usesSecureCookies(env) ? '__Secure-' : ''}next-auth.session-token`;
}
