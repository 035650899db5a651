#!/usr/bin/env node
// npm test: installs first when node_modules is missing or older than the lockfile, then runs
// every vitest project (the e2e project's global setup installs Chromium when it is missing).
// Plain Node with no dependencies, because it must run before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci']);
}
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
