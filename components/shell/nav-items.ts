import {
  canManageUsers,
  canUseAdvancedFilters,
  canViewAuditLog,
  canViewCustomers,
  canViewSync,
} from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';

export interface NavItem {
  href: string;
  label: string;
}

const ITEMS: Array<NavItem & { visible: (user: Pick<SessionUser, 'role'>) => boolean }> = [
  { href: '/customers', label: 'Customers', visible: canViewCustomers },
  { href: '/filters', label: 'Filters', visible: canUseAdvancedFilters },
  { href: '/sync', label: 'Sync', visible: canViewSync },
  { href: '/users', label: 'Users', visible: canManageUsers },
  { href: '/audit', label: 'Audit', visible: canViewAuditLog },
];

/**
 * Only what the role may open is linked: staff never see admin destinations. A user who must
 * change their password can open nothing else yet, so they get no links at all.
 */
export function navItemsFor(user: Pick<SessionUser, 'role'> & Partial<Pick<SessionUser, 'mustChangePassword'>>): NavItem[] {
  if (user.mustChangePassword) return [];
  return ITEMS.filter((item) => item.visible(user)).map(({ href, label }) => ({ href, label }));
}

export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
