import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, ROUTES } from '../../support/route-table';

/** Every page.tsx and route.ts under app/, with the HTTP methods a route.ts exports. */
function discoverRoutes(dir = 'app'): Array<{ file: string; methods: string[] }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return discoverRoutes(file);
    if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) return [{ file, methods: ['GET'] }];
    if (/^route\.(ts|js)$/.test(entry.name)) return [{ file, methods: exportedMethods(readFileSync(file, 'utf8')) }];
    return [];
  });
}

// `export async function GET`, `export const POST =`, `export { handler as GET, … }`.
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

describe('the route table', () => {
  const discovered = discoverRoutes();

  it('finds the app’s routes (sanity check of the discovery itself)', () => {
    expect(discovered.map((route) => route.file)).toContain('app/api/health/route.ts');
    expect(discovered.find((route) => route.file === 'app/api/auth/[...nextauth]/route.ts')?.methods.sort()).toEqual(['GET', 'POST']);
  });

  it.each(discovered.flatMap(({ file, methods }) => methods.map((method) => [`${method} ${file}`, file, method])))(
    '%s has an entry in tests/support/route-table.ts',
    (_name, file, method) => {
      expect(ROUTES.some((route) => route.file === file && route.method === method)).toBe(true);
    },
  );

  it('lists no route that does not exist', () => {
    const existing = new Set(discovered.flatMap(({ file, methods }) => methods.map((method) => `${method} ${file}`)));
    expect(ROUTES.map((route) => `${route.method} ${route.file}`).filter((key) => !existing.has(key))).toEqual([]);
  });
});
