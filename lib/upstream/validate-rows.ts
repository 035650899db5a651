import type { z } from 'zod';

/** An upstream row that failed validation: kept out of the mirror, but reported, never dropped silently. */
export interface InvalidRow {
  /** Position in the page's data array. */
  index: number;
  upstreamId?: string;
  reason: string;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

function idOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Validates each row on its own, so one bad row never costs the rest of its page. `keep` skips
 * rows the caller has already had (indexes stay those of the page).
 */
export function validateRows<T>(
  raw: readonly unknown[],
  schema: z.ZodType<T>,
  keep: (index: number) => boolean = () => true,
): { rows: T[]; invalid: InvalidRow[] } {
  const rows: T[] = [];
  const invalid: InvalidRow[] = [];
  raw.forEach((item, index) => {
    if (!keep(index)) return;
    const result = schema.safeParse(item);
    if (result.success) rows.push(result.data);
    else invalid.push({ index, upstreamId: idOf(item), reason: describeIssues(result.error) });
  });
  return { rows, invalid };
}
