/** The body of POST /api/sync and the sync page's form, validated the same way. */
import { z } from 'zod';
import { SYNC_TARGETS } from './sync-targets';

export const syncRequestSchema = z
  .object({
    source: z.enum(SYNC_TARGETS),
    mode: z.enum(['full', 'incremental']).default('incremental'),
  })
  .strict();
export type SyncRequestInput = z.infer<typeof syncRequestSchema>;
