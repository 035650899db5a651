import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, HTTP_METHODS, ROUTES } from '../../support/route-table';

interface DiscoveredFile {
  file: string;
  kind: 'page' | 'route' | 'actions';
  /** HTTP methods for a page or route.ts, exported function names for a `'use server'` file. */
  exports: string[];
}

/** Every page.tsx, route.ts and `'use server'` file under app/, with what each exports. */
function discover(dir = 'app'): DiscoveredFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): DiscoveredFile[] => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return discover(file);
    if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) return [{ file, kind: 'page', exports: ['GET'] }];
    if (!/\.(tsx?|jsx?)$/.test(entry.name)) return [];
    const source = readFileSync(file, 'utf8');
    if (/^route\.(ts|js)$/.test(entry.name)) return [{ file, kind: 'route', exports: exportedMethods(source) }];
    if (/^\s*['"]use server['"]/.test(source)) return [{ file, kind: 'actions', exports: exportedFunctions(source) }];
    return [];
  });
}

// `export async function GET`, `export const POST =`, `export { handler as GET, … }`, `export { GET } from …`.
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const method of HTTP_METHODS) {
    const declared = new RegExp(`export\\s+(async\\s+)?(function|const|let)\\s+${method}\\b`).test(source);
    const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].some((match) =>
      match[1]!.split(',').some((part) => part.trim().split(/\s+as\s+/).at(-1) === method),
    );
    if (declared || listed) found.add(method);
  }
  return [...found];
}

// A 'use server' file may export async functions only, so this one form finds them all.
function exportedFunctions(source: string): string[] {
  return [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((match) => match[1]!);
}

describe('the route table', () => {
  const discovered = discover();
  const routes = discovered.filter((found) => found.kind !== 'actions');

  it('finds the app’s routes (sanity check of the discovery itself)', () => {
    expect(routes.map((route) => route.file)).toContain('app/api/health/route.ts');
    expect(routes.find((route) => route.file === 'app/api/auth/[...nextauth]/route.ts')?.exports.sort()).toEqual(['GET', 'POST']);
  });

  it('reads every form of export it claims to, and nothing else', () => {
    expect(exportedMethods('export async function GET(request: Request) {}')).toEqual(['GET']);
    expect(exportedMethods('export const POST = handler;')).toEqual(['POST']);
    expect(exportedMethods('export { handler as GET, handler as POST };').sort()).toEqual(['GET', 'POST']);
    expect(exportedMethods("export { DELETE } from './handlers';")).toEqual(['DELETE']);
    // Forms it cannot read yield nothing, which the next check turns into a failure.
    expect(exportedMethods("export * from './handlers';")).toEqual([]);
    expect(exportedMethods('export default function handler() {}')).toEqual([]);
  });

  it.each(routes.filter((route) => route.kind === 'route').map((route) => [route.file]))(
    '%s exports at least one HTTP method the discovery can read',
    (file) => {
      expect(routes.find((route) => route.file === file)!.exports).not.toEqual([]);
    },
  );

  it.each(routes.flatMap(({ file, exports }) => exports.map((method) => [`${method} ${file}`, file, method])))(
    '%s has an entry in tests/support/route-table.ts',
    (_name, file, method) => {
      expect(ROUTES.some((route) => route.file === file && route.method === method)).toBe(true);
    },
  );

  it('lists no route that does not exist', () => {
    const existing = new Set(routes.flatMap(({ file, exports }) => exports.map((method) => `${method} ${file}`)));
    expect(ROUTES.map((route) => `${route.method} ${route.file}`).filter((key) => !existing.has(key))).toEqual([]);
  });
});

describe('the server action table', () => {
  const files = discover().filter((found) => found.kind === 'actions');

  it('finds the app’s server actions (sanity check of the discovery itself)', () => {
    expect(files.find((found) => found.file === 'app/(portal)/users/actions.ts')?.exports).toContain('createUserAction');
  });

  it.each(files.map((found) => [found.file]))('%s exports at least one action the discovery can read', (file) => {
    expect(files.find((found) => found.file === file)!.exports).not.toEqual([]);
  });

  it.each(files.flatMap(({ file, exports }) => exports.map((name) => [`${file}#${name}`, file, name])))(
    '%s has an entry in tests/support/route-table.ts',
    (_key, file, name) => {
      expect(ACTIONS.some((action) => action.file === file && action.name === name)).toBe(true);
    },
  );

  it('lists no action that does not exist, and none twice', () => {
    const existing = new Set(files.flatMap(({ file, exports }) => exports.map((name) => `${file}#${name}`)));
    const listed = ACTIONS.map((action) => `${action.file}#${action.name}`);
    expect(listed.filter((key) => !existing.has(key))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
