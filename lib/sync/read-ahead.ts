/**
 * Iterates a source while already fetching its next item, so the next page downloads while the
 * current one is being written.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  try {
    for (;;) {
      const result = await pending;
      if (result.done) return;
      pending = iterator.next();
      // If the consumer stops before awaiting it, its failure must not become an unhandled rejection.
      pending.catch(() => undefined);
      yield result.value;
    }
  } finally {
    // Queued behind the fetch in flight; nothing to wait for.
    void iterator.return?.(undefined)?.catch(() => undefined);
  }
}
