/**
 * The response shape of GET /api/customers: exactly the document's fields, timestamps as
 * ISO 8601 UTC with `Z`. What we add (where a row came from, tombstone) lives only in the
 * optional `upstream` block, asked for with `expand=upstream`.
 */
import type { CustomerRow } from './customer-row';
import type { Expansion } from './list-params';
import { isOnline } from './list-context';

export interface CustomerDto {
  id: number;
  username: string | null;
  mobile_number: string | null;
  email: string | null;
  avatar: string | null;
  first_name: string | null;
  last_name: string | null;
  full_name: string;
  gender: string | null;
  is_active: boolean;
  is_profile_completed: boolean;
  last_login: string | null;
  created_at: string;
  updated_at: string;
  is_online: boolean;
  upstream?: UpstreamDto;
}

export interface UpstreamDto {
  source: CustomerRow['source'];
  upstream_id: string;
  first_seen_at: string;
  last_synced_at: string;
  deleted_at: string | null;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function fullName(row: Pick<CustomerRow, 'firstName' | 'lastName'>): string {
  return `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim();
}

export function toCustomerDto(row: CustomerRow, options: { onlineSince: Date; expand: readonly Expansion[] }): CustomerDto {
  const dto: CustomerDto = {
    id: row.id,
    username: row.username,
    mobile_number: row.mobileNumber,
    email: row.email,
    avatar: row.avatar,
    first_name: row.firstName,
    last_name: row.lastName,
    full_name: fullName(row),
    gender: row.gender,
    is_active: row.isActive,
    is_profile_completed: row.isProfileCompleted,
    last_login: iso(row.lastLogin),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    is_online: isOnline(row, options.onlineSince),
  };
  if (options.expand.includes('upstream')) {
    dto.upstream = {
      source: row.source,
      upstream_id: row.upstreamId,
      first_seen_at: row.firstSeenAt.toISOString(),
      last_synced_at: row.lastSyncedAt.toISOString(),
      deleted_at: iso(row.deletedAt),
    };
  }
  return dto;
}
