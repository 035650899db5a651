/**
 * Shapes of Mayar's customer list (../shared/seeds/000_d915840b5a4edfb9.txt). Identity and times
 * are strict, because the mirror is keyed and ordered by them; the texts are taken as entered.
 */
import { z } from 'zod';
import type { InvalidRow } from '../validate-rows';

export interface MayarCustomer {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  email: string | null;
  mobile: string | null;
  /** Unsanitised, as Mayar stores it: may hold HTML or trailing spaces. */
  name: string | null;
  /** Free text, e.g. "active", "inactive". */
  status: string | null;
  /** The merchant account that owns the customer. */
  userId: string | null;
}

export interface MayarPage {
  /** 1-based position in this walk. */
  page: number;
  rows: MayarCustomer[];
  invalid: InvalidRow[];
  /** `totalCustomer` as this page reported it (v1 only). */
  total?: number;
  requestedPageSize: number;
  /** What the server actually used: it does not always honour the request. */
  effectivePageSize: number;
  /** The total moved during the walk, so rows may have shifted between pages: not a safe pass to tombstone after. */
  totalChanged: boolean;
  /** HTTP requests this client has sent so far, retries included. */
  requests: number;
}

// Mayar's ids are UUID-shaped; the loose 8-4-4-4-12 hex check avoids rejecting ids with unusual version bits.
const uuid = z.guid('expected a UUID');
const epochMillis = z.number('expected epoch milliseconds').int('expected whole epoch milliseconds').nonnegative();
const text = z.string().nullish().transform((value) => value ?? null);

export const mayarRowSchema = z
  .object({
    id: uuid,
    createdAt: epochMillis,
    // The field list spells it `updateAt`, the sample data `updatedAt`; either may arrive.
    updatedAt: epochMillis.optional(),
    updateAt: epochMillis.optional(),
    email: text,
    mobile: text,
    name: text,
    status: text,
    userId: uuid.nullish().transform((value) => value ?? null),
  })
  .refine((row) => row.updatedAt !== undefined || row.updateAt !== undefined, {
    message: 'expected updatedAt (or updateAt) in epoch milliseconds',
    path: ['updatedAt'],
  })
  .transform(
    (row): MayarCustomer => ({
      id: row.id,
      createdAt: new Date(row.createdAt),
      updatedAt: new Date((row.updatedAt ?? row.updateAt)!),
      email: row.email,
      mobile: row.mobile,
      name: row.name,
      status: row.status,
      userId: row.userId,
    }),
  );

const count = z.number().int().nonnegative();

export const mayarV1EnvelopeSchema = z.object({
  statusCode: z.number(),
  messages: z.string().nullish(),
  hasMore: z.boolean(),
  pageCount: count,
  pageSize: count,
  page: z.number().int().positive(),
  totalCustomer: count,
  data: z.array(z.unknown()),
});
export type MayarV1Envelope = z.infer<typeof mayarV1EnvelopeSchema>;

export const mayarV2EnvelopeSchema = z.object({
  statusCode: z.number(),
  messages: z.string().nullish(),
  hasMore: z.boolean(),
  nextStartingAfter: z.string().nullish(),
  data: z.array(z.unknown()),
});
export type MayarV2Envelope = z.infer<typeof mayarV2EnvelopeSchema>;

const declaredStatus = z.object({ statusCode: z.number() });

/**
 * Mayar repeats the status in every body (`{"statusCode":401,"messages":"Unauthorized"}`), so an
 * answer is only a success when that says 200 too, whatever the HTTP status line said.
 */
export function mayarBodyStatus(body: unknown): number | null {
  const parsed = declaredStatus.safeParse(body);
  return parsed.success && parsed.data.statusCode !== 200 ? parsed.data.statusCode : null;
}

/** The V2 list documents `limit` at most 50. */
export const MAYAR_V2_MAX_LIMIT = 50;
