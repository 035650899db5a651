/**
 * What changed between two upstream payloads, field by field: nested objects are walked
 * (paths like `address.city`), arrays and scalars compared whole.
 */
export interface PayloadChange {
  path: string;
  before: unknown;
  after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function diffPayloads(before: unknown, after: unknown, prefix = ''): PayloadChange[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffPayloads(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path: prefix || '(whole payload)', before, after }];
}
