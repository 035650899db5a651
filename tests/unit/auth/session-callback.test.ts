import { describe, expect, it } from 'vitest';
import type { Session, User } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { authOptions } from '@/lib/auth/auth-options';

const user: User = { id: '7', email: 'ada@example.com', name: 'Ada', role: 'ADMIN', stamp: 'stamp-from-the-password-hash' };

describe('the NextAuth callbacks', () => {
  it('keep the password stamp in the encrypted JWT', async () => {
    const token = await authOptions.callbacks!.jwt!({ token: { email: user.email, name: user.name }, user, account: null });
    expect(token).toMatchObject({ uid: 7, role: 'ADMIN', stamp: 'stamp-from-the-password-hash' });
  });

  it('leave it out of the session that /api/auth/session shows the browser', async () => {
    const token: JWT = { uid: 7, email: user.email, name: user.name, role: 'ADMIN', stamp: 'stamp-from-the-password-hash' };
    const given: Session = { expires: '2030-01-01T00:00:00.000Z', user: { id: 0, email: '', name: '', role: 'STAFF' } };
    const session = await authOptions.callbacks!.session!({ session: given, token, user: {} as never, newSession: undefined, trigger: 'update' });
    expect(session).toEqual({ expires: '2030-01-01T00:00:00.000Z', user: { id: 7, email: 'ada@example.com', name: 'Ada', role: 'ADMIN' } });
    expect(JSON.stringify(session)).not.toContain('stamp');
  });
});
