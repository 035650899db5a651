/**
 * How many reverse proxies stand in front of the portal (TRUSTED_PROXY_HOPS, default 0). Only
 * those proxies' additions to X-Forwarded-For are believed (see client-ip.ts). A bad value stops
 * the process with a message naming the variable.
 */
import { z } from 'zod';
import { readEnvironment, wholeNumberSetting } from '@/lib/config/read-environment';

const environmentSchema = z.object({ TRUSTED_PROXY_HOPS: wholeNumberSetting(0, 10, 0) });

export function readTrustedProxyHops(env: Record<string, string | undefined>): number {
  return readEnvironment(environmentSchema, env, { what: 'proxy' }).TRUSTED_PROXY_HOPS;
}

let cached: number | undefined;

export function trustedProxyHops(): number {
  cached ??= readTrustedProxyHops(process.env);
  return cached;
}
