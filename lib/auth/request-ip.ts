import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from './client-ip';

/** The client IP of the request being handled (server components, actions, route handlers). */
export async function requestIp(): Promise<string | null> {
  return clientIp(await headers());
}
