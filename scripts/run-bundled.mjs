#!/usr/bin/env node
// node --conditions=react-server scripts/run-bundled.mjs <entry.ts> [args…]
// Runs a TypeScript entry as one ESM bundle of our code (packages stay in node_modules), built
// by esbuild in a fraction of a second. Long-running CLIs (the sync) start this way rather than
// under tsx, whose loader thread and per-module transforms cost about 60 MB of resident memory
// for the whole run (README, Benchmarks); source maps keep stack traces pointing at the .ts files.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node --conditions=react-server scripts/run-bundled.mjs <entry.ts> [args…]');
  process.exit(2);
}

// Inside node_modules, so the bundle's package imports resolve exactly as the sources' would.
const outDir = path.resolve('node_modules/.cache/customer-hub');
mkdirSync(outDir, { recursive: true });
// One bundle per process, removed when it exits; those of killed processes go on the next start.
for (const name of readdirSync(outDir)) {
  const pid = Number(/-(\d+)\.mjs$/.exec(name)?.[1]);
  if (pid && !isAlive(pid)) rmSync(path.join(outDir, name), { force: true });
}
const outfile = path.join(outDir, `${path.basename(entry).replace(/\.[cm]?tsx?$/, '')}-${process.pid}.mjs`);
process.on('exit', () => rmSync(outfile, { force: true }));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  conditions: ['react-server'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
await stop();

process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
