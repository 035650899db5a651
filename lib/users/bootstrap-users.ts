/**
 * The first accounts. The set-up command calls bootstrapUsers and prints what it returns; nothing
 * here logs or stores a password in clear. A generated password only lets its owner in to choose
 * their own (`mustChangePassword`); ADMIN_PASSWORD is the operator's own choice and is kept as is.
 */
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/db/types';
import { createUser } from './create-user';
import { generatePassword } from './generate-password';
import { SYSTEM_CHANGE } from './user-audit';
import { emailSchema, passwordSchema } from './user-input';

export interface BootstrappedUser {
  email: string;
  role: Role;
  /** Set only when generated here, to be shown once (and changed at first sign-in); null when it came from the environment. */
  generatedPassword: string | null;
}

export const DEMO_ADMIN_EMAIL = 'admin@customer-hub.local';
export const DEMO_STAFF_EMAIL = 'staff@customer-hub.local';

/** Creates the admin unless that email already exists; an existing account is left untouched. */
export async function ensureAdmin(db: Db, input: { email: string; password?: string }): Promise<BootstrappedUser | null> {
  const email = emailSchema.parse(input.email);
  const generated = input.password === undefined;
  const password = generated ? generatePassword() : passwordSchema.parse(input.password);
  const created = await createUser(
    db,
    { email, name: 'Administrator', role: 'ADMIN', password, mustChangePassword: generated },
    SYSTEM_CHANGE,
  );
  if (!created.ok) return null;
  return { email, role: 'ADMIN', generatedPassword: generated ? password : null };
}

/**
 * ADMIN_EMAIL (with ADMIN_PASSWORD, or a generated one) makes sure that admin exists. Without
 * it, an empty database gets a demo admin and a demo staff user with generated passwords.
 * Returns the accounts created by this call.
 */
export async function bootstrapUsers(db: Db, env: Record<string, string | undefined> = process.env): Promise<BootstrappedUser[]> {
  const adminEmail = env.ADMIN_EMAIL?.trim();
  if (adminEmail) {
    const admin = await ensureAdmin(db, { email: adminEmail, password: env.ADMIN_PASSWORD || undefined });
    return admin ? [admin] : [];
  }
  if ((await db.user.count()) > 0) return [];
  const admin = await ensureAdmin(db, { email: DEMO_ADMIN_EMAIL });
  const staffPassword = generatePassword();
  const staff = await createUser(
    db,
    { email: DEMO_STAFF_EMAIL, name: 'Demo Staff', role: 'STAFF', password: staffPassword, mustChangePassword: true },
    SYSTEM_CHANGE,
  );
  return [
    ...(admin ? [admin] : []),
    ...(staff.ok ? [{ email: DEMO_STAFF_EMAIL, role: 'STAFF' as const, generatedPassword: staffPassword }] : []),
  ];
}
