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
  const content = normaliseContent({
    id: row.id,
    username: row.username,
    mobile_number: row.mobileNumber,
    email: row.email,
    avatar: row.avatar,
    first_name: row.firstName,
    last_name: row.lastName,
    full_name: row.fullName,
    gender: row.gender,
    is_active: row.isActive,
    is_profile_completed: row.isProfileCompleted,
    last_login: row.lastLogin?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
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
