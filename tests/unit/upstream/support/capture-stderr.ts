import { vi } from 'vitest';

/** Collects everything written to stderr (where lib/log/logger.ts writes) while still letting it through. */
export function captureStderr() {
  const chunks: string[] = [];
  const original = process.stderr.write.bind(process.stderr);
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return original(chunk, ...(rest as []));
  }) as typeof process.stderr.write);
  return {
    text: () => chunks.join(''),
    restore: () => spy.mockRestore(),
  };
}
