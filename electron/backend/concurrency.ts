/** Runs `task` over every item with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Serialises async tasks per key: tasks of one key run one after another, different keys concurrently. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task of `key` has settled. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}

/**
 * Like mapLimit, but reports every outcome instead of rejecting, and starts no
 * new task after the first failure (tasks never started have no outcome).
 * Outcomes keep the input order, as with Promise.allSettled.
 */
export async function mapLimitSettled<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const outcomes = new Array<PromiseSettledResult<R> | undefined>(items.length);
  let failed = false;
  await mapLimit(items, limit, async (item, index) => {
    if (failed) return;
    try {
      outcomes[index] = { status: 'fulfilled', value: await task(item) };
    } catch (reason) {
      failed = true;
      outcomes[index] = { status: 'rejected', reason };
    }
  });
  return outcomes.filter((outcome): outcome is PromiseSettledResult<R> => outcome !== undefined);
}
