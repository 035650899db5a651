/**
 * The customer service's row → our columns, field by field (its fields are ours):
 * - upstreamId ← id (as text)           - username ← username
 * - mobileNumber ← mobile_number        - email ← email
 * - avatar ← avatar                     - firstName ← first_name, lastName ← last_name
 * - gender ← gender                     - isActive ← is_active
 * - isProfileCompleted ← is_profile_completed
 * - lastLogin, createdAt, updatedAt ← last_login, created_at, updated_at (ISO 8601)
 * - full_name is computed on both sides, so it is kept in the payload only.
 * - is_online is left out of the payload and hash: it follows token use, not edits (updated_at
 *   does not move), and is learned from the `is_online=true` list each sync instead.
 */
import type { ServiceCustomer } from '@/lib/upstream/customer-service/service-schemas';
import { normaliseContent } from './hash-content';
import type { MirroredCustomer } from './types';

export function mapCustomerServiceCustomer(row: ServiceCustomer): MirroredCustomer {
  // In key order, so normalising needs no copy.
  const content = normaliseContent({
    avatar: row.avatar,
    created_at: row.createdAt.toISOString(),
    email: row.email,
    first_name: row.firstName,
    full_name: row.fullName,
    gender: row.gender,
    id: row.id,
    is_active: row.isActive,
    is_profile_completed: row.isProfileCompleted,
    last_login: row.lastLogin?.toISOString() ?? null,
    last_name: row.lastName,
    mobile_number: row.mobileNumber,
    updated_at: row.updatedAt.toISOString(),
    username: row.username,
  });
  return {
    upstreamId: String(row.id),
    username: row.username,
    mobileNumber: row.mobileNumber,
    email: row.email,
    avatar: row.avatar,
    firstName: row.firstName,
    lastName: row.lastName,
    gender: row.gender,
    isActive: row.isActive,
    isProfileCompleted: row.isProfileCompleted,
    lastLogin: row.lastLogin,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...content,
  };
}
