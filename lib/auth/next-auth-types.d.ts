// What our NextAuth callbacks put into the user, the JWT and the session (see auth-options.ts).
import type { Role } from '@/lib/db/types';

declare module 'next-auth' {
  interface User {
    role: Role;
    stamp: string;
  }

  interface Session {
    user: { id: number; email: string; name: string; role: Role };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    role?: Role;
    stamp?: string;
  }
}
