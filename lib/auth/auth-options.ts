/**
 * NextAuth: email + password only, sessions as encrypted JWT cookies carrying the user id, role
 * and password stamp. The cookie is not trusted on its own: the DAL re-reads the user every
 * request (see session-user.ts). The stamp stays in the cookie: the session object below is what
 * /api/auth/session shows the browser, and a value derived from the password hash has no
 * business there.
 */
import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { getDb } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { authSecret } from './auth-secret';
import { authorizeCredentials } from './authorize-credentials';
import { clientIp } from './client-ip';
import { requestIp } from './request-ip';
import { usesSecureCookies } from './session-cookie';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: AuthOptions = {
  // A getter, so the secret is read (or generated) on first use rather than at build time.
  get secret() {
    return authSecret();
  },
  get useSecureCookies() {
    return usesSecureCookies();
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  logger: {
    error: (code, metadata) => logger.error('next-auth error', { code, metadata }),
    warn: (code) => logger.warn('next-auth warning', { code }),
    debug: () => {},
  },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const result = await authorizeCredentials(getDb(), credentials, { ip: clientIp(request.headers ?? {}) });
        // NextAuth hands a thrown message to the client as `error`; a null would lose it.
        if (!result.ok) throw new Error(result.message);
        const { id, email, name, role } = result.user;
        return { id: String(id), email, name, role, stamp: result.stamp };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) Object.assign(token, { uid: Number(user.id), role: user.role, stamp: user.stamp });
      return token;
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        user: { id: token.uid ?? 0, email: token.email ?? '', name: token.name ?? '', role: token.role ?? 'STAFF' },
      };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.uid !== 'number' || !token.email) return;
      await recordAuditEvent(getDb(), {
        actor: { id: token.uid, email: token.email },
        action: 'auth.sign_out',
        targetType: 'user',
        targetId: token.uid,
        ip: await requestIp(),
      });
    },
  },
};
