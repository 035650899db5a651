/**
 * The content hash a sync compares to decide whether a customer changed. It is taken over the
 * normalised payload serialised with sorted keys, so neither key order nor which spelling of a
 * field the upstream used makes a difference.
 */
import { createHash } from 'node:crypto';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The same object with its keys sorted at every level. */
function sortKeys<T extends JsonValue>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as JsonObject)[key]!);
  return sorted as T;
}

/** The payload as stored (keys sorted) with its hash, sorting once. */
export function normaliseContent(payload: JsonObject): { payload: JsonObject; contentHash: string } {
  const sorted = sortKeys(payload);
  return { payload: sorted, contentHash: createHash('sha256').update(JSON.stringify(sorted)).digest('hex') };
}
