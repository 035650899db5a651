import { z } from 'zod';
import { parseIsoInstant } from './iso-instant';

/**
 * Where an incremental walk stands: the last row taken, in the walk's order (updated_at, id).
 * `updatedAt` is kept exactly as the service sent it, so it goes back as `updated_from` unchanged.
 */
export interface ServiceCursor {
  updatedAt: string;
  id: number;
}

export interface RowPosition extends ServiceCursor {
  micros: number;
}

/** The (updated_at, id) of a raw row, even one that fails full validation; null when unreadable. */
export function positionOf(raw: unknown): RowPosition | null {
  const row = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown; updated_at?: unknown }) : {};
  if (typeof row.id !== 'number' || !Number.isInteger(row.id) || typeof row.updated_at !== 'string') return null;
  const instant = parseIsoInstant(row.updated_at);
  return instant ? { updatedAt: row.updated_at, id: row.id, micros: instant.micros } : null;
}

export function toPosition(cursor: ServiceCursor): RowPosition | null {
  const instant = parseIsoInstant(cursor.updatedAt);
  return instant ? { ...cursor, micros: instant.micros } : null;
}

export function comparePositions(a: RowPosition, b: RowPosition): number {
  return a.micros - b.micros || a.id - b.id;
}

const cursorSchema = z.object({
  updatedAt: z.string().refine((value) => parseIsoInstant(value) !== null, 'expected an ISO 8601 instant'),
  id: z.number().int(),
});

/** For storing a cursor as text (SyncRun.cursor). */
export function formatServiceCursor(cursor: ServiceCursor): string {
  return JSON.stringify({ updatedAt: cursor.updatedAt, id: cursor.id });
}

/** The stored text back as a cursor; null for anything that is not one. */
export function parseServiceCursor(text: string | null | undefined): ServiceCursor | null {
  if (!text) return null;
  try {
    const result = cursorSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
