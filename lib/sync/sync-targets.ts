import { SYNC_SOURCE_NAMES } from './types';

/** What a trigger may name: one source, or every configured one. */
export const SYNC_TARGETS = [...SYNC_SOURCE_NAMES, 'all'] as const;
export type SyncTarget = (typeof SYNC_TARGETS)[number];
export type SyncModeName = 'full' | 'incremental';
