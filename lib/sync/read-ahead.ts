/**
 * Reads a source in the background while its consumer works, and hands the items over in
 * batches: once `maxWeight` is waiting, once the oldest waiting item is `maxWaitMs` old, or when
 * the source ends or fails (what was read comes first, then the failure). A sync writes each
 * batch in one transaction: SQLite rewrites every index page a commit touched, so five pages in
 * one commit cost little more than one, while `maxWaitMs` bounds how long a fetched page waits
 * for it. Reading pauses while `maxWeight` is waiting, which bounds memory.
 */
export interface ReadAheadLimits<T> {
  weigh: (item: T) => number;
  maxWeight: number;
  maxWaitMs: number;
}

export async function* readAheadInBatches<T>(source: AsyncIterable<T>, limits: ReadAheadLimits<T>): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let waiting: T[] = [];
  let weight = 0;
  let oldestAt = 0;
  let ended = false as boolean;
  let failure = null as { error: unknown } | null;
  let stopped = false;
  let wakeConsumer = () => {};
  let wakeReader = () => {};

  const read = async () => {
    try {
      while (!stopped) {
        if (weight >= limits.maxWeight) {
          await new Promise<void>((resolve) => (wakeReader = resolve));
          continue;
        }
        const next = await iterator.next();
        if (next.done || stopped) break;
        if (!waiting.length) oldestAt = performance.now();
        waiting.push(next.value);
        weight += limits.weigh(next.value);
        // The first item starts the consumer's clock; a full batch is due at once.
        if (waiting.length === 1 || weight >= limits.maxWeight) wakeConsumer();
      }
    } catch (error) {
      failure = { error };
    } finally {
      ended = true;
      wakeConsumer();
    }
  };
  void read();

  try {
    for (;;) {
      const due = oldestAt + limits.maxWaitMs - performance.now();
      if (waiting.length && (weight >= limits.maxWeight || ended || due <= 0)) {
        const batch = waiting;
        waiting = [];
        weight = 0;
        wakeReader();
        yield batch;
      } else if (failure) throw failure.error;
      else if (ended) return;
      else await waitUntilWoken(waiting.length ? due : null, (wake) => (wakeConsumer = wake));
    }
  } finally {
    stopped = true;
    wakeReader();
    // Queued behind the read in flight, if any; nothing to wait for.
    void iterator.return?.(undefined)?.catch(() => undefined);
  }
}

/** Waits for `wake` to be called, or at most `timeoutMs` when one is given. */
async function waitUntilWoken(timeoutMs: number | null, register: (wake: () => void) => void): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await new Promise<void>((resolve) => {
    register(resolve);
    if (timeoutMs !== null) timer = setTimeout(resolve, timeoutMs);
  });
  clearTimeout(timer);
}
