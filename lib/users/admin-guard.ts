/**
 * The portal must always keep one active admin. Checks and the change run in one serializable
 * transaction, so two admins demoting each other at the same moment cannot both succeed.
 */
import { isDriverAdapterError } from '@prisma/driver-adapter-utils';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/types';

export type Tx = Prisma.TransactionClient;

export class LastAdminError extends Error {
  constructor() {
    super('The last active admin cannot be deactivated or demoted.');
  }
}

const MAX_ATTEMPTS = 6;

export async function inSerializableTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { isolationLevel: 'Serializable' });
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
      // Random back-off, or the same two transactions collide again in lock-step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

// PostgreSQL aborted one of two conflicting serializable transactions: run it again. Prisma
// reports it as P2034 mid-transaction, or as the adapter's own error when it fails at commit.
function isWriteConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === 'P2034';
  return isDriverAdapterError(error) && error.cause.kind === 'TransactionWriteConflict';
}

/** Throws LastAdminError when taking `userId` out of the active admins would leave none. */
export async function assertAnotherActiveAdmin(tx: Tx, userId: number): Promise<void> {
  const others = await tx.user.count({ where: { role: 'ADMIN', isActive: true, id: { not: userId } } });
  if (others === 0) throw new LastAdminError();
}
