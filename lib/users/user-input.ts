/** The shapes of user data at every edge (forms, CLI, bootstrap). */
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254));
export const nameSchema = z.string().trim().min(1, 'Enter a name.').max(100, 'At most 100 characters.');
export const roleSchema = z.enum(['STAFF', 'ADMIN'], { error: 'Choose STAFF or ADMIN.' });
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, 'At most 256 characters.');

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  isActive: z.boolean().default(true),
  password: passwordSchema,
  /**
   * True when someone other than the user chose this password (a generated one, an admin's
   * pick): they must choose their own at their next sign-in. Every caller decides.
   */
  mustChangePassword: z.boolean(),
});
export type NewUser = z.input<typeof newUserSchema>;

export const userIdSchema = z.coerce.number().int().positive();
