/**
 * A walk's next request, started as soon as the page in hand says what it is, before that page
 * is validated and handed on: the upstream prepares page N+1 while we work on page N, instead
 * of each waiting for the other. When the page in hand cannot be followed, `next` throws why: the
 * error then surfaces where the walk awaits the response, after that page has been handed on.
 * Should the walk stop first, the request (or the error) settles quietly.
 */
export function requestAhead<T>(next: () => Promise<T>): Promise<T> {
  const response = (async () => next())();
  response.catch(() => undefined);
  return response;
}
