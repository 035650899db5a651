/**
 * THE table of every page and route handler under app/, with what each kind of caller gets.
 * tests/unit/auth/route-table-coverage.test.ts fails when a page.tsx or route.ts (or a method
 * it exports) has no entry here; tests/e2e/auth-authorization-matrix.test.ts requests every entry
 * as every actor against a real server.
 *
 * Adding a route: one line with `page(…)` or `api(…)` and the access level. When a caller gets
 * something other than the default for that level, pass `overrides`.
 */
/**
 * `staff` and `admin` send a session cookie and a token (pages read the cookie, route handlers the
 * token); `staffCookie` and `adminCookie` send the cookie alone, which is how the portal's own
 * pages call route handlers. `pendingAdmin` is an admin whose password someone else chose and who
 * has not changed it yet (cookie and a token made before), `pendingAdminCookie` the same cookie
 * alone: pages send them to the change-password page, route handlers answer their session 403,
 * and their token works as an admin's.
 */
export const ACTORS = [
  'signedOut',
  'badToken',
  'revokedToken',
  'inactiveUser',
  'staff',
  'admin',
  'staffCookie',
  'adminCookie',
  'pendingAdmin',
  'pendingAdminCookie',
] as const;
export type Actor = (typeof ACTORS)[number];
type CookieActor = 'staffCookie' | 'adminCookie' | 'pendingAdminCookie';

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A status, and for redirects the path (pathname only) the Location header must point to. */
export interface Outcome {
  status: number;
  location?: string;
}

export interface RouteEntry {
  /** The file under app/ that serves it, e.g. `app/(portal)/users/page.tsx`. */
  file: string;
  method: HttpMethod;
  /** A concrete URL to request (fill in dynamic segments), e.g. `/customers/1`. */
  path: string;
  /** Sent with the request, e.g. a JSON body for a POST. */
  body?: string;
  expect: Record<Actor, Outcome>;
}

/** public: anyone. user: any signed-in staff or admin. admin: admins only. */
export type Access = 'public' | 'user' | 'admin';

const ok: Outcome = { status: 200 };
const toLogin: Outcome = { status: 307, location: '/login' };
const notFound: Outcome = { status: 404 };
const unauthorized: Outcome = { status: 401 };
const forbidden: Outcome = { status: 403 };
const toChangePassword: Outcome = { status: 307, location: '/account/password' };

type Defaults = Record<Exclude<Actor, CookieActor>, Outcome>;

const PAGE_DEFAULTS: Record<Access, Defaults> = {
  public: { signedOut: ok, badToken: ok, revokedToken: ok, inactiveUser: ok, staff: ok, admin: ok, pendingAdmin: ok },
  // Pages ignore API tokens: a token-only caller is signed out as far as a page is concerned.
  user: {
    signedOut: toLogin,
    badToken: toLogin,
    revokedToken: toLogin,
    inactiveUser: toLogin,
    staff: ok,
    admin: ok,
    pendingAdmin: toChangePassword,
  },
  admin: {
    signedOut: toLogin,
    badToken: toLogin,
    revokedToken: toLogin,
    inactiveUser: toLogin,
    staff: notFound,
    admin: ok,
    pendingAdmin: toChangePassword,
  },
};

// `pendingAdmin` sends a token, which decides: it gets what an admin gets (see `api`).
const API_DEFAULTS: Record<Access, Omit<Defaults, 'pendingAdmin'>> = {
  public: { signedOut: ok, badToken: ok, revokedToken: ok, inactiveUser: ok, staff: ok, admin: ok },
  user: { signedOut: unauthorized, badToken: unauthorized, revokedToken: unauthorized, inactiveUser: unauthorized, staff: ok, admin: ok },
  admin: { signedOut: unauthorized, badToken: unauthorized, revokedToken: unauthorized, inactiveUser: unauthorized, staff: forbidden, admin: ok },
};

type Extra = { overrides?: Partial<Record<Actor, Outcome>>; body?: string };

// A session cookie alone gets what its role gets on a page, overrides included, unless an entry says otherwise.
export function page(file: string, path: string, access: Access, extra: Extra = {}): RouteEntry {
  const overrides = extra.overrides ?? {};
  const expected = { ...PAGE_DEFAULTS[access], ...overrides };
  return {
    file,
    method: 'GET',
    path,
    body: extra.body,
    expect: {
      ...expected,
      staffCookie: overrides.staffCookie ?? expected.staff,
      adminCookie: overrides.adminCookie ?? expected.admin,
      pendingAdminCookie: overrides.pendingAdminCookie ?? expected.pendingAdmin,
    },
  };
}

// A route handler does the same for a cookie alone, except that the session of a user who must
// change their password is refused (403) wherever a user is required; their token works as an admin's.
export function api(file: string, method: HttpMethod, path: string, access: Access, extra: Extra = {}): RouteEntry {
  const overrides = extra.overrides ?? {};
  const expected = { ...API_DEFAULTS[access], ...overrides };
  return {
    file,
    method,
    path,
    body: extra.body,
    expect: {
      ...expected,
      pendingAdmin: overrides.pendingAdmin ?? expected.admin,
      staffCookie: overrides.staffCookie ?? expected.staff,
      adminCookie: overrides.adminCookie ?? expected.admin,
      pendingAdminCookie: overrides.pendingAdminCookie ?? (access === 'public' ? expected.admin : forbidden),
    },
  };
}

const toCustomers: Outcome = { status: 307, location: '/customers' };
// The login page sends anyone signed in on (and /customers sends a pending user on to the change).
const signedInGoesToCustomers = { staff: toCustomers, admin: toCustomers, pendingAdmin: toCustomers };
const everyoneRedirected = (location: string) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, { status: 307, location }])) as Record<Actor, Outcome>;

export const ROUTES: RouteEntry[] = [
  // Root and sign-in
  page('app/page.tsx', '/', 'public', { overrides: everyoneRedirected('/customers') }),
  page('app/login/page.tsx', '/login', 'public', { overrides: signedInGoesToCustomers }),
  api('app/api/auth/[...nextauth]/route.ts', 'GET', '/api/auth/providers', 'public'),
  // A POST without NextAuth's CSRF token is sent back to the confirmation page, whoever sends it.
  api('app/api/auth/[...nextauth]/route.ts', 'POST', '/api/auth/signout', 'public', {
    overrides: Object.fromEntries(ACTORS.map((actor) => [actor, { status: 302, location: '/api/auth/signout' }])),
  }),
  api('app/api/health/route.ts', 'GET', '/api/health', 'public'),
  api('app/api/me/route.ts', 'GET', '/api/me', 'user'),

  // Customers API (issue 5)
  api('app/api/customers/route.ts', 'GET', '/api/customers', 'user'),
  api('app/api/customers/export.csv/route.ts', 'GET', '/api/customers/export.csv', 'admin'),
  api('app/api/openapi.json/route.ts', 'GET', '/api/openapi.json', 'public'),

  // Portal: customers (issue 5). The detail page of a customer that does not exist is a 404.
  page('app/(portal)/customers/page.tsx', '/customers', 'user'),
  page('app/(portal)/customers/[id]/page.tsx', '/customers/999999', 'user', { overrides: { staff: { status: 404 }, admin: { status: 404 } } }),
  page('app/(portal)/customers/groups/page.tsx', '/customers/groups', 'admin'),
  page('app/(portal)/filters/page.tsx', '/filters', 'admin'),

  // Sync (issue 4). A fresh database has no run #1; a body naming no source starts nothing.
  page('app/(portal)/sync/page.tsx', '/sync', 'admin'),
  page('app/(portal)/sync/runs/[id]/page.tsx', '/sync/runs/1', 'admin', { overrides: { admin: { status: 404 } } }),
  api('app/api/sync/route.ts', 'POST', '/api/sync', 'admin', { body: '{"source":"nope"}', overrides: { admin: { status: 400 } } }),
  api('app/api/sync/runs/route.ts', 'GET', '/api/sync/runs', 'admin'),
  api('app/api/sync/runs/[id]/route.ts', 'GET', '/api/sync/runs/1', 'admin', { overrides: { admin: { status: 404 } } }),

  // Portal: account (everyone signed in)
  page('app/(portal)/account/tokens/page.tsx', '/account/tokens', 'user'),
  // The one page a user who must change their password may open.
  page('app/(portal)/account/password/page.tsx', '/account/password', 'user', { overrides: { pendingAdmin: ok } }),

  // Portal: admin only
  page('app/(portal)/users/page.tsx', '/users', 'admin'),
  page('app/(portal)/audit/page.tsx', '/audit', 'admin'),
  page('app/(portal)/tokens/page.tsx', '/tokens', 'admin'),
];

/**
 * THE table of every server action (each export of a `'use server'` file under app/) and who may
 * call it. tests/unit/auth/route-table-coverage.test.ts fails when an action has no entry;
 * tests/e2e/auth-authorization-matrix.test.ts calls every entry as every actor against a real
 * server. A refused caller sends `input`, a call that would change something, and must get the
 * refusal and change nothing. A permitted caller sends no argument at all, which every action
 * rejects as invalid right after its permission check: proof it got past the check, still
 * changing nothing.
 */
export interface ActionEntry {
  /** The `'use server'` file, e.g. `app/(portal)/users/actions.ts`. */
  file: string;
  /** The exported function. */
  name: string;
  /** user: any signed-in staff or admin. admin: admins only. */
  access: Exclude<Access, 'public'>;
  /** Callable while the user must change their password: only the change-password action. */
  allowPendingPasswordChange?: true;
  input(fixtures: ActionFixtures): unknown;
}

/** Rows the matrix creates for actions to aim at. */
export interface ActionFixtures {
  adminId: number;
  adminTokenId: number;
  groupId: number;
}

/** What a caller gets from an action: its refusals are `authorizeAction`'s three messages. */
export type ActionVerdict = 'sessionEnded' | 'notAllowed' | 'passwordChangeRequired' | 'permitted';

export function actionVerdict(entry: ActionEntry, actor: Actor): ActionVerdict {
  // Actions read the session cookie only: a token, good or bad, is no session.
  if (actor === 'signedOut' || actor === 'badToken' || actor === 'revokedToken' || actor === 'inactiveUser') return 'sessionEnded';
  const isAdmin = actor === 'admin' || actor === 'adminCookie' || actor === 'pendingAdmin' || actor === 'pendingAdminCookie';
  if (entry.access === 'admin' && !isAdmin) return 'notAllowed';
  const pending = actor === 'pendingAdmin' || actor === 'pendingAdminCookie';
  return pending && !entry.allowPendingPasswordChange ? 'passwordChangeRequired' : 'permitted';
}

const USERS = 'app/(portal)/users/actions.ts';
const TOKENS = 'app/(portal)/account/tokens/actions.ts';
const PASSWORD = 'app/(portal)/account/password/actions.ts';
const GROUPS = 'app/(portal)/customers/groups/actions.ts';
const SYNC = 'app/(portal)/sync/actions.ts';
const INTRUDER_PASSWORD = 'intruder-password-1';

export const ACTIONS: ActionEntry[] = [
  // Users (admins only)
  {
    file: USERS,
    name: 'createUserAction',
    access: 'admin',
    input: () => ({ email: 'intruder@e2e.test', name: 'Intruder', role: 'ADMIN', isActive: true, password: INTRUDER_PASSWORD }),
  },
  { file: USERS, name: 'changeUserAction', access: 'admin', input: ({ adminId }) => ({ change: 'active', userId: adminId, isActive: false }) },
  { file: USERS, name: 'resetPasswordAction', access: 'admin', input: ({ adminId }) => ({ userId: adminId }) },

  // Own tokens and password (everyone signed in)
  { file: TOKENS, name: 'createTokenAction', access: 'user', input: () => ({ label: 'intruder' }) },
  { file: TOKENS, name: 'revokeTokenAction', access: 'user', input: ({ adminTokenId }) => ({ tokenId: adminTokenId }) },
  {
    file: PASSWORD,
    name: 'changePasswordAction',
    access: 'user',
    allowPendingPasswordChange: true,
    input: () => ({ currentPassword: 'e2e-password-1234', newPassword: INTRUDER_PASSWORD, confirmPassword: INTRUDER_PASSWORD }),
  },

  // Groups and sync (admins only)
  { file: GROUPS, name: 'createGroupAction', access: 'admin', input: () => ({ name: 'Intruders', description: '' }) },
  { file: GROUPS, name: 'updateGroupAction', access: 'admin', input: ({ groupId }) => ({ groupId, name: 'Renamed', description: '' }) },
  { file: GROUPS, name: 'deleteGroupAction', access: 'admin', input: ({ groupId }) => ({ groupId }) },
  { file: GROUPS, name: 'changeGroupMembersAction', access: 'admin', input: ({ groupId }) => ({ groupId, add: [1] }) },
  { file: SYNC, name: 'startSyncAction', access: 'admin', input: () => ({ source: 'all', mode: 'full' }) },
];
