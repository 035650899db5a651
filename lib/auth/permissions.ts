/**
 * Named permission checks. Pages, actions and route handlers ask these instead of comparing
 * roles, so what each role may do is written down once.
 */
import type { SessionUser } from './session-user';

type Subject = Pick<SessionUser, 'role'>;

const isAdmin = (user: Subject) => user.role === 'ADMIN';

export const canViewCustomers = (_user: Subject) => true;
export const canManageOwnTokens = (_user: Subject) => true;
export const canChangeOwnPassword = (_user: Subject) => true;

export const canManageUsers = isAdmin;
export const canManageAllTokens = isAdmin;
export const canViewAuditLog = isAdmin;
export const canTriggerSync = isAdmin;
export const canViewSync = isAdmin;
export const canExportCustomers = isAdmin;
export const canIncludeDeleted = isAdmin;
export const canUseAdvancedFilters = isAdmin;
export const canManageGroups = isAdmin;
