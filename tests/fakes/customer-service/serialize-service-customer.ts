import type { ServiceRecord } from '../dataset/service-records';
import { isOnline } from './query-service-records';

/** Django REST Framework's rendering of a datetime: ISO 8601, microseconds when not zero, `Z` for UTC. */
export function drfDateTime(date: Date | null): string | null {
  if (!date) return null;
  const iso = date.toISOString();
  const millis = date.getUTCMilliseconds();
  return millis ? iso.replace(/\.\d{3}Z$/, `.${String(millis).padStart(3, '0')}000Z`) : iso.replace(/\.000Z$/, 'Z');
}

/** A customer as the document's response fields list them. */
export function serializeServiceCustomer(record: ServiceRecord, now: Date) {
  return {
    id: record.id,
    username: record.username,
    mobile_number: record.mobileNumber,
    email: record.email,
    avatar: record.avatar,
    first_name: record.firstName,
    last_name: record.lastName,
    // Django's get_full_name(): "first last", stripped.
    full_name: `${record.firstName} ${record.lastName}`.trim(),
    gender: record.gender,
    is_active: record.isActive,
    is_profile_completed: record.isProfileCompleted,
    last_login: drfDateTime(record.lastLogin),
    created_at: drfDateTime(record.createdAt),
    updated_at: drfDateTime(record.updatedAt),
    is_online: isOnline(record, now),
  };
}
