import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password-hash';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/types';
import type { ChangeContext } from './user-audit';
import { newUserSchema, type NewUser } from './user-input';

export type CreateUserResult = { ok: true; user: { id: number; email: string } } | { ok: false; error: 'email_taken' };

export async function createUser(db: Db, input: NewUser, context: ChangeContext): Promise<CreateUserResult> {
  const { password, ...fields } = newUserSchema.parse(input);
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...fields, passwordHash }, select: { id: true, email: true } });
      await recordAuditEvent(tx, {
        ...context,
        action: 'user.create',
        targetType: 'user',
        targetId: user.id,
        details: { email: fields.email, role: fields.role, isActive: fields.isActive, mustChangePassword: fields.mustChangePassword },
      });
      return { ok: true as const, user };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, error: 'email_taken' };
    throw error;
  }
}
