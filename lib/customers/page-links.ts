/**
 * `next` / `previous` of a limit/offset page, exactly as Django REST Framework's
 * LimitOffsetPagination builds them: the request's absolute URL with `limit` and `offset`
 * replaced (every other parameter kept, keys sorted as `replace_query_param` does), `offset`
 * dropped when the previous page is the first, null at either end.
 */
export interface PageLinks {
  next: string | null;
  previous: string | null;
}

function withParams(url: URL, set: Record<string, number>, remove: string[] = []): string {
  const next = new URL(url);
  for (const [key, value] of Object.entries(set)) next.searchParams.set(key, String(value));
  for (const key of remove) next.searchParams.delete(key);
  next.searchParams.sort();
  return next.toString();
}

export function pageLinks(requestUrl: string, page: { limit: number; offset: number; count: number }): PageLinks {
  const url = new URL(requestUrl);
  const { limit, offset, count } = page;
  const next = offset + limit >= count ? null : withParams(url, { limit, offset: offset + limit });
  let previous: string | null = null;
  if (offset > 0) {
    previous = offset - limit <= 0 ? withParams(url, { limit }, ['offset']) : withParams(url, { limit, offset: offset - limit });
  }
  return { next, previous };
}
