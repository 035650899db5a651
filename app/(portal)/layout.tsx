import { AppShell } from '@/components/shell/app-shell';
import { verifySession } from '@/lib/auth/dal';

/**
 * Draws the shell for signed-in users. It guards nothing: every page and action below calls
 * the DAL itself, and a signed-out visitor's page redirects to /login on its own.
 */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await verifySession();
  if (!user) return children;
  return <AppShell user={user}>{children}</AppShell>;
}
