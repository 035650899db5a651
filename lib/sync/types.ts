/** The engine's view of a source: pages of already-mapped customers, whatever the upstream. */
import type { CustomerSource, SyncMode } from '@/lib/db/types';

export const SYNC_SOURCE_NAMES = ['mayar', 'customers'] as const;
export type SyncSourceName = (typeof SYNC_SOURCE_NAMES)[number];

export const CUSTOMER_SOURCE_OF: Record<SyncSourceName, CustomerSource> = {
  mayar: 'MAYAR',
  customers: 'CUSTOMER_SERVICE',
};

export const SOURCE_LABELS: Record<SyncSourceName, string> = { mayar: 'Mayar', customers: 'Customer service' };

export const SYNC_TRIGGERS = ['cli', 'api', 'schedule', 'setup'] as const;
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number];

/** One upstream customer mapped to our columns (token fields are learned separately). */
export interface MirroredCustomer {
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
  /** The normalised upstream row as JSON, keys sorted (hash-content.ts); what snapshots keep. */
  payloadJson: string;
  contentHash: string;
}

// A type rather than an interface, so it is assignable to Prisma's JSON input.
export type InvalidRowReport = {
  page: number;
  upstreamId: string | null;
  reason: string;
};

export interface SourcePage {
  page: number;
  rows: MirroredCustomer[];
  invalid: InvalidRowReport[];
  /** What the upstream said its total was when serving this page. */
  upstreamTotal: number | null;
  /** Requests made so far in this pass, retries included. */
  requests: number;
  /** Where a later run can continue once this page is committed (incremental sources only). */
  cursor: string | null;
}

/** What a walk that reached its end says about itself. */
export interface PassOutcome {
  /** Null when the pass may be trusted to say which customers no longer exist; else why not. */
  tombstoneBlocker: string | null;
  /** Where the next incremental run may start, for a full pass of a source that has one. */
  cursor: string | null;
}

export interface SourcePass {
  pages: AsyncIterable<SourcePage>;
  /** Read once `pages` is exhausted. */
  outcome(): PassOutcome;
}

/** Token facts the customer service exposes only as filters. */
export interface TokenFlags {
  withToken: Set<string>;
  online: Set<string>;
}

export interface SyncSource {
  name: SyncSourceName;
  customerSource: CustomerSource;
  /** Modes the upstream can serve; a source without a change filter does full passes only. */
  modes: readonly SyncMode[];
  /** `cursor` is where an INCREMENTAL pass starts (the engine only asks for one when it has it). */
  openPass(options: { mode: SyncMode; cursor: string | null }): SourcePass;
  /**
   * Read while the pass runs (the lists are independent of it, so their requests overlap its
   * pages); stops between pages once `signal` aborts.
   */
  readTokenFlags?(signal: AbortSignal): Promise<TokenFlags>;
  /**
   * For a listing that can skip a live customer without any count showing it: which of these
   * upstream ids a fresh listing shows. Asked before tombstoning; a source without it is trusted.
   */
  stillListed?(upstreamIds: ReadonlySet<string>): Promise<Set<string>>;
  /** HTTP requests sent so far, retries included. */
  readonly requestCount: number;
}
