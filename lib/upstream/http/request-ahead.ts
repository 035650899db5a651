/**
 * A walk's next request, started as soon as the page in hand says what it is, before that page
 * is validated and handed on: the upstream prepares page N+1 while we work on page N, instead
 * of each waiting for the other. Should the walk stop first, the request settles quietly.
 */
export function requestAhead<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}
