/**
 * Once per e2e run: make sure Chromium is installed and build the app into its own folder
 * (.next-e2e), which every test file's server then starts from.
 * E2E_REUSE_BUILD=1 skips the build when one exists (for quick local re-runs only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export const E2E_DIST_DIR = '.next-e2e';
export const CHROMIUM_PATH = '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDistDir: string;
    chromiumPath: string;
  }
}

export default function setup(project: TestProject) {
  run('bash', ['scripts/ensure-test-tools.sh'], 'Chromium or Python requests is not available');
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(E2E_DIST_DIR, 'BUILD_ID'))) {
    console.log(`e2e: reusing the build in ${E2E_DIST_DIR}/ (E2E_REUSE_BUILD=1)`);
  } else {
    buildApp();
  }
  project.provide('e2eDistDir', E2E_DIST_DIR);
  project.provide('chromiumPath', CHROMIUM_PATH);
}

function buildApp() {
  const started = Date.now();
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  try {
    run(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], 'next build failed', {
      NEXT_DIST_DIR: E2E_DIST_DIR,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    });
  } finally {
    restoreTsconfig(tsconfig);
  }
  console.log(`e2e: built the app into ${E2E_DIST_DIR}/ in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * `next build` adds its output folder's type globs to tsconfig.json. Undo exactly that (and
 * only that), so an e2e run leaves the checkout as it found it.
 */
function restoreTsconfig(before: string) {
  const after = readFileSync('tsconfig.json', 'utf8');
  if (after === before) return;
  try {
    const parsedBefore = JSON.parse(before) as { include?: string[] };
    const parsedAfter = JSON.parse(after) as { include?: string[] };
    const added = (parsedAfter.include ?? []).filter((entry) => !(parsedBefore.include ?? []).includes(entry));
    const onlyOurs = added.every((entry) => entry.startsWith(`${E2E_DIST_DIR}/`));
    const sameOtherwise = JSON.stringify({ ...parsedAfter, include: parsedBefore.include }) === JSON.stringify(parsedBefore);
    if (onlyOurs && sameOtherwise) writeFileSync('tsconfig.json', before);
  } catch {
    // Not JSON we understand: leave it for a person to look at.
  }
}

function run(command: string, args: string[], failure: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(`${failure} (exit ${result.status}):\n${output}`);
  }
}
