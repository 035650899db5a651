import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Starts support/sync-child.ts the way `npm run sync` runs (scripts/run-bundled.mjs). */
export function spawnSyncChild(job: object): { child: ChildProcess; exited: Promise<ChildExit> } {
  const child = spawn(process.execPath, ['--conditions=react-server', 'scripts/run-bundled.mjs', path.join(import.meta.dirname, 'sync-child.ts')], {
    env: { ...process.env, SYNC_CHILD: JSON.stringify(job), LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<ChildExit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
  return { child, exited };
}
