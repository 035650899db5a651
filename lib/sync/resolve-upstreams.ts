/**
 * The upstreams a script syncs from: the configured ones, or — when none is configured — the
 * bundled fakes (demo mode), started in this process. The fakes and their data generator (a
 * development dependency) are loaded only in demo mode. Scripts only; never import from app/.
 */
import { readUpstreamConfig, type UpstreamConfig } from '@/lib/upstream/config';

export interface ResolvedUpstreams {
  config: UpstreamConfig;
  /** The environment with the fakes' URLs and keys added (unchanged outside demo mode). */
  env: NodeJS.ProcessEnv;
  /** Sources served by a bundled fake; empty outside demo mode. */
  demoSources: string[];
  close(): Promise<void>;
}

export async function resolveUpstreams(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedUpstreams> {
  const configured = readUpstreamConfig(env);
  if (configured.mayar || configured.customerService) {
    return { config: configured, env, demoSources: [], close: async () => undefined };
  }
  const { startDemoUpstreams } = await import('./demo-upstreams');
  const demo = await startDemoUpstreams();
  const demoEnv = { ...env, ...demo.env };
  return { config: readUpstreamConfig(demoEnv), env: demoEnv, demoSources: demo.sources, close: demo.close };
}
