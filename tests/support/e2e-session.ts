/** Signing in and calling server actions over plain HTTP, as the browser does, for tests that need no browser. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface HttpSession {
  /** The `Cookie` header value carrying the session. */
  cookie: string;
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const response = await postCredentials(baseUrl, email, password);
  const session = cookiePairs(response.headers)
    .split('; ')
    .filter((pair) => pair.includes('session-token='))
    .join('; ');
  if (!session) throw new Error(`sign-in as ${email} failed with ${response.status}: ${await response.text()}`);
  return { cookie: session };
}

/** One sign-in attempt, as NextAuth's client posts it; `headers` are added (e.g. X-Forwarded-For). */
export async function postCredentials(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = cookiePairs(csrfResponse.headers);
  return fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie, ...headers },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
}

function cookiePairs(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}

/** A server action of the e2e build: its id and a page that serves it. */
export interface ServerActionRef {
  id: string;
  page: string;
}

/** Every server action of a production build, keyed `file#exportedName` as in the action table. */
export function readServerActions(distDir: string): Map<string, ServerActionRef> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const actions = new Map<string, ServerActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers).find((name) => !name.includes('['));
    if (!worker) continue;
    // `app/(portal)/users/page` is served at /users: route groups are not part of the URL.
    const segments = worker.split('/').slice(1, -1).filter((segment) => !/^\(.*\)$/.test(segment));
    actions.set(`${entry.filename}#${entry.exportedName}`, { id, page: `/${segments.join('/')}` });
  }
  return actions;
}

/** Calls a server action over HTTP the way Next's client does, and returns what the action returned. */
export async function callServerAction(baseUrl: string, action: ServerActionRef, args: unknown[], cookie?: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}${action.page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'next-action': action.id,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: baseUrl,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${action.page} answered the action with ${response.status}: ${text.slice(0, 500)}`);
  // React's Flight format: one `id:json` row per line; row 0 points (`$@id`) at the row holding the result.
  const rows = new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] as const),
  );
  const root = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
  const reference = typeof root?.a === 'string' ? /^\$@([0-9a-f]+)$/.exec(root.a)?.[1] : undefined;
  return reference === undefined ? root?.a : JSON.parse(rows.get(reference) ?? 'null');
}
