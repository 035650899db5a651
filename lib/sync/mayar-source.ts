import 'server-only';
import type { MayarClient } from '@/lib/upstream/mayar/create-mayar-client';
import type { MayarPage } from '@/lib/upstream/mayar/mayar-schemas';
import { mapMayarCustomer } from './map-mayar-customer';
import type { PassOutcome, SourcePage, SyncSource } from './types';

const UNFINISHED: PassOutcome = { tombstoneBlocker: 'The pass did not reach its end.', cursor: null };

/**
 * Mayar's list has no change filter, so every sync is a full pass; unchanged customers cost a
 * hash comparison, not a write. A pass during which `totalCustomer` moved may have skipped or
 * repeated rows (pages are numbered), so it tombstones nothing; one whose total held may still
 * have skipped a customer, so on v1 whoever it missed is looked for in a second listing first.
 */
export function createMayarSource(client: MayarClient): SyncSource {
  return {
    name: 'mayar',
    customerSource: 'MAYAR',
    modes: ['FULL'],
    openPass() {
      let outcome = UNFINISHED;
      async function* pages(): AsyncGenerator<SourcePage> {
        let firstTotal: number | undefined;
        let lastTotal: number | undefined;
        let totalChanged = false;
        for await (const page of client.pages()) {
          firstTotal ??= page.total;
          lastTotal = page.total;
          totalChanged ||= page.totalChanged;
          yield toSourcePage(page);
        }
        outcome = {
          tombstoneBlocker: totalChanged
            ? `Mayar's totalCustomer changed during the pass (${firstTotal} → ${lastTotal}), so rows may have shifted between pages.`
            : null,
          cursor: null,
        };
      }
      return { pages: pages(), outcome: () => outcome };
    },
    get requestCount() {
      return client.requestCount;
    },
    stillListed: client.pagesMaySkip ? (upstreamIds) => findListed(client, upstreamIds) : undefined,
  };
}

async function findListed(client: MayarClient, upstreamIds: ReadonlySet<string>): Promise<Set<string>> {
  const listed = new Set<string>();
  for await (const page of client.pages()) {
    for (const row of page.rows) if (upstreamIds.has(row.id)) listed.add(row.id);
    for (const row of page.invalid) if (row.upstreamId && upstreamIds.has(row.upstreamId)) listed.add(row.upstreamId);
  }
  return listed;
}

function toSourcePage(page: MayarPage): SourcePage {
  return {
    page: page.page,
    rows: page.rows.map(mapMayarCustomer),
    invalid: page.invalid.map((row) => ({ page: page.page, upstreamId: row.upstreamId ?? null, reason: row.reason })),
    upstreamTotal: page.total ?? null,
    requests: page.requests,
    cursor: null,
  };
}
