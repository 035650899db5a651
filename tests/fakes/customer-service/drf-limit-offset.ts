/**
 * Django REST Framework's LimitOffsetPagination reading `limit` and `offset`: it never answers
 * 400 for them. A limit that is not a positive integer falls back to the default, one above
 * `max_limit` is cut down to it, and an offset that is not a non-negative integer is 0.
 * (The portal's own /api/customers is stricter on purpose; the upstream it mirrors is not.)
 */
export interface LimitOffsetSettings {
  defaultLimit: number;
  maxLimit: number;
}

/** DRF's `_positive_int`: Python's int() of the text, or null where DRF would catch a ValueError. */
function positiveInt(text: string | null, strict: boolean): number | null {
  const trimmed = text?.trim() ?? '';
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  // Python's int has no ceiling; past 2^53 an offset is past any table's end anyway.
  const value = Math.min(Number(trimmed), Number.MAX_SAFE_INTEGER);
  return value < 0 || (strict && value === 0) ? null : value;
}

export function readLimitOffset(params: URLSearchParams, settings: LimitOffsetSettings): { limit: number; offset: number } {
  const limit = positiveInt(params.get('limit'), true);
  return {
    limit: limit === null ? settings.defaultLimit : Math.min(limit, settings.maxLimit),
    offset: positiveInt(params.get('offset'), false) ?? 0,
  };
}
