/**
 * npm run user:create -- --email ada@example.com --role ADMIN [--name "Ada L."] [--password …]
 * Without --password a strong one is generated and printed once, and the user must choose their
 * own at their first sign-in. A --password given here is kept as it is (the operator chose it,
 * typically for their own account or an automation); the Users page is for accounts made for
 * someone else.
 */
import './load-env';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { createUser } from '@/lib/users/create-user';
import { generatePassword } from '@/lib/users/generate-password';
import { SYSTEM_CHANGE } from '@/lib/users/user-audit';
import { emailSchema, nameSchema, passwordSchema, roleSchema } from '@/lib/users/user-input';

const argsSchema = z.object({
  email: emailSchema,
  role: z.string().toUpperCase().pipe(roleSchema),
  name: nameSchema.optional(),
  password: passwordSchema.optional(),
});

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    console.error('Usage: npm run user:create -- --email <email> --role STAFF|ADMIN [--name <name>] [--password <password>]');
    process.exitCode = 2;
    return;
  }
  const { email, role } = parsed.data;
  const password = parsed.data.password ?? generatePassword();
  const name = parsed.data.name ?? email.split('@')[0]!;
  const db = getDb();
  try {
    const generated = parsed.data.password === undefined;
    const result = await createUser(db, { email, name, role, password, mustChangePassword: generated }, SYSTEM_CHANGE);
    if (!result.ok) {
      console.error(`A user with the email ${email} already exists.`);
      process.exitCode = 1;
      return;
    }
    console.log(`Created ${role} ${email} (id ${result.user.id}).`);
    if (generated) {
      console.log(`Password (shown once): ${password}`);
      console.log('It only lets its owner in to choose their own: the portal asks for a new one at first sign-in.');
    }
  } finally {
    await db.$disconnect();
  }
}

await main();
