/**
 * Shapes of the customer service's list (../shared/seeds/004_db20600ff957555b.txt): Django REST
 * Framework limit/offset pages of customers with integer ids and ISO 8601 times.
 */
import { z } from 'zod';
import type { InvalidRow } from '../validate-rows';
import { parseIsoInstant } from './iso-instant';
import type { ServiceCursor } from './service-cursor';

export interface ServiceCustomer {
  id: number;
  username: string | null;
  mobileNumber: string | null;
  email: string | null;
  avatar: string | null;
  firstName: string | null;
  lastName: string | null;
  fullName: string | null;
  gender: string | null;
  isActive: boolean;
  isProfileCompleted: boolean;
  isOnline: boolean;
  lastLogin: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ServicePage<Row = ServiceCustomer> {
  /** 1-based position in this walk. */
  page: number;
  rows: Row[];
  invalid: InvalidRow[];
  /** `count` of the walk's first answer: how many rows matched when it began. */
  total?: number;
  /** Incremental walks: resume from here (store it after the page is written). Null for full walks. */
  cursor: ServiceCursor | null;
  /** HTTP requests this client has sent so far, retries included. */
  requests: number;
}

const instant = z.string().transform((value, ctx) => {
  const parsed = parseIsoInstant(value);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: 'expected an ISO 8601 date-time' });
    return z.NEVER;
  }
  return parsed.date;
});

const text = z.string().nullish().transform((value) => value ?? null);

export const serviceRowSchema = z
  .object({
    id: z.number().int().positive(),
    username: text,
    mobile_number: text,
    email: text,
    avatar: text,
    first_name: text,
    last_name: text,
    full_name: text,
    gender: text,
    is_active: z.boolean(),
    is_profile_completed: z.boolean(),
    is_online: z.boolean(),
    last_login: instant.nullish().transform((value) => value ?? null),
    created_at: instant,
    updated_at: instant,
  })
  .transform(
    (row): ServiceCustomer => ({
      id: row.id,
      username: row.username,
      mobileNumber: row.mobile_number,
      email: row.email,
      avatar: row.avatar,
      firstName: row.first_name,
      lastName: row.last_name,
      fullName: row.full_name,
      gender: row.gender,
      isActive: row.is_active,
      isProfileCompleted: row.is_profile_completed,
      isOnline: row.is_online,
      lastLogin: row.last_login,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
  );

/** Rows read only for their id (the `has_token` / `is_online` lists): the rest is not looked at. */
export const serviceIdRowSchema = z.object({ id: z.number().int().positive() });

export const serviceEnvelopeSchema = z.object({
  count: z.number().int().nonnegative(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(z.unknown()),
});

/** Query parameters the list accepts as filters (the walks set ordering, limit, offset and id_min themselves). */
export type ServiceFilter = Record<string, string>;
