/**
 * The content hash a sync compares to decide whether a customer changed. It is taken over the
 * normalised payload serialised with sorted keys, so neither key order nor which spelling of a
 * field the upstream used makes a difference. That serialisation is also what gets stored.
 */
import { hash } from 'node:crypto';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

const isNested = (value: JsonValue | undefined) => typeof value === 'object' && value !== null;

/** The same object with its keys sorted at every level. */
function sortKeys<T extends JsonValue>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (!isNested(value)) return value;
  const object = value as JsonObject;
  const keys = Object.keys(object);
  // The mappers build flat payloads in key order: those are already their own sorted form.
  if (keys.every((key, index) => (index === 0 || keys[index - 1]! < key) && !isNested(object[key]))) return value;
  const sorted: JsonObject = {};
  for (const key of keys.sort()) sorted[key] = sortKeys(object[key]!);
  return sorted as T;
}

export interface NormalisedContent {
  /** The payload serialised with sorted keys: hashed, then stored as it is. */
  payloadJson: string;
  contentHash: string;
}

export function normaliseContent(payload: JsonObject): NormalisedContent {
  const payloadJson = JSON.stringify(sortKeys(payload));
  return { payloadJson, contentHash: hash('sha256', payloadJson, 'hex') };
}
