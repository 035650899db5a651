/**
 * What the mirror must hold for a fake's record, written out from the documented mapping (not by
 * calling the sync's own mappers), and a reader of the mirror in the same shape.
 */
import type { Db } from '@/lib/db/client';
import type { CustomerSource } from '@/lib/db/types';
import type { MayarRecord } from '@/tests/fakes/dataset/mayar-records';
import type { ServiceRecord } from '@/tests/fakes/dataset/service-records';

export interface MirrorColumns {
  upstreamId: string;
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
  deletedAt: Date | null;
}

export function expectedFromMayar(record: MayarRecord): MirrorColumns {
  const name = record.name.trim();
  const words = name.match(/^(\S+)(?:\s+([\s\S]+))?$/);
  return {
    upstreamId: record.id,
    username: null,
    mobileNumber: record.mobile,
    email: record.email,
    avatar: null,
    firstName: words?.[1] ?? null,
    lastName: words?.[2] ?? null,
    gender: null,
    isActive: record.status === 'active',
    isProfileCompleted: name !== '' && Boolean(record.email?.trim()) && record.mobile.trim() !== '',
    lastLogin: null,
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
    deletedAt: null,
  };
}

export function expectedFromService(record: ServiceRecord): MirrorColumns {
  return {
    upstreamId: String(record.id),
    username: record.username,
    mobileNumber: record.mobileNumber,
    email: record.email,
    avatar: record.avatar,
    firstName: record.firstName,
    lastName: record.lastName,
    gender: record.gender,
    isActive: record.isActive,
    isProfileCompleted: record.isProfileCompleted,
    lastLogin: record.lastLogin,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    deletedAt: null,
  };
}

/** The live mirror of a source, keyed by upstream id. */
export async function readMirror(db: Db, source: CustomerSource): Promise<Map<string, MirrorColumns>> {
  const rows = await db.customer.findMany({
    where: { source, deletedAt: null },
    select: {
      upstreamId: true,
      username: true,
      mobileNumber: true,
      email: true,
      avatar: true,
      firstName: true,
      lastName: true,
      gender: true,
      isActive: true,
      isProfileCompleted: true,
      lastLogin: true,
      createdAt: true,
      updatedAt: true,
      deletedAt: true,
    },
  });
  return new Map(rows.map((row) => [row.upstreamId, row]));
}

/** Asserts in one comparison that the mirror holds exactly the expected customers. */
export function sortedById(map: Map<string, MirrorColumns>): MirrorColumns[] {
  return [...map.values()].sort((a, b) => (a.upstreamId < b.upstreamId ? -1 : a.upstreamId > b.upstreamId ? 1 : 0));
}
