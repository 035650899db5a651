/** The columns a customer list reads: the document's fields plus the optional upstream block. */
import { Prisma } from '@/lib/db/types';
import type { CustomerSource } from '@/lib/db/types';

export interface CustomerRow {
  id: number;
  username: string | null;
  mobileNumber: string | null;
  email: string | null;
  avatar: string | null;
  firstName: string | null;
  lastName: string | null;
  gender: string | null;
  isActive: boolean;
  isProfileCompleted: boolean;
  lastLogin: Date | null;
  createdAt: Date;
  updatedAt: Date;
  hasToken: boolean;
  lastTokenUseAt: Date | null;
  source: CustomerSource;
  upstreamId: string;
  firstSeenAt: Date;
  lastSyncedAt: Date;
  deletedAt: Date | null;
}

const COLUMNS: (keyof CustomerRow)[] = [
  'id',
  'username',
  'mobileNumber',
  'email',
  'avatar',
  'firstName',
  'lastName',
  'gender',
  'isActive',
  'isProfileCompleted',
  'lastLogin',
  'createdAt',
  'updatedAt',
  'hasToken',
  'lastTokenUseAt',
  'source',
  'upstreamId',
  'firstSeenAt',
  'lastSyncedAt',
  'deletedAt',
];

/** `c."id", c."username", …` for a customers table aliased `c`. */
export const CUSTOMER_ROW_COLUMNS = Prisma.raw(COLUMNS.map((column) => `c."${column}"`).join(', '));
