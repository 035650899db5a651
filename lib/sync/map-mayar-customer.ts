/**
 * Mayar's customer row → our columns. Mayar has one `name` field and no username, gender,
 * avatar or login data, so:
 * - upstreamId          ← id (UUID)
 * - firstName, lastName ← name, trimmed, split at the first run of whitespace: the first word,
 *                         then the rest (null when absent). full_name ("first last") gives back the
 *                         trimmed name, with the gap after the first word as one space.
 * - mobileNumber        ← mobile, as entered (08…, 62…, +62 …)
 * - email               ← email, as entered (case kept)
 * - isActive            ← status === 'active'; any other status is inactive (the raw status stays in the payload)
 * - createdAt/updatedAt ← createdAt / updatedAt (or its misspelling updateAt), epoch milliseconds
 * - username, gender, avatar, lastLogin ← null
 * - isProfileCompleted  ← name, email and mobile all non-blank
 * - payload             ← the row, normalised: `updatedAt` whatever the spelling, times in epoch ms
 */
import type { MayarCustomer } from '@/lib/upstream/mayar/mayar-schemas';
import { normaliseContent } from './hash-content';
import type { MirroredCustomer } from './types';

const filled = (value: string | null) => value !== null && value.trim() !== '';

export function splitMayarName(name: string | null): { firstName: string | null; lastName: string | null } {
  const trimmed = name?.trim() ?? '';
  if (!trimmed) return { firstName: null, lastName: null };
  const gap = /\s+/.exec(trimmed);
  if (!gap) return { firstName: trimmed, lastName: null };
  return { firstName: trimmed.slice(0, gap.index), lastName: trimmed.slice(gap.index + gap[0].length) };
}

export function mapMayarCustomer(row: MayarCustomer): MirroredCustomer {
  // In key order, so normalising needs no copy.
  const content = normaliseContent({
    createdAt: row.createdAt.getTime(),
    email: row.email,
    id: row.id,
    mobile: row.mobile,
    name: row.name,
    status: row.status,
    updatedAt: row.updatedAt.getTime(),
    userId: row.userId,
  });
  return {
    upstreamId: row.id,
    ...splitMayarName(row.name),
    mobileNumber: row.mobile,
    email: row.email,
    isActive: row.status === 'active',
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    username: null,
    gender: null,
    avatar: null,
    lastLogin: null,
    isProfileCompleted: filled(row.name) && filled(row.email) && filled(row.mobile),
    ...content,
  };
}
