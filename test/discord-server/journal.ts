/**
 * An append-only list of recorded things (REST calls, gateway identifies, ...) that tests can
 * also *wait* on. Waiting first looks at what is already recorded, so a test never misses an
 * entry that arrived before it started waiting (the bot is often faster than the test).
 */

export class WaitTimeoutError extends Error {
  override name = "WaitTimeoutError";
}

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class Journal<T> {
  readonly items: T[] = [];
  #waiters = new Set<Waiter<T>>();
  #closedReason: string | null = null;

  constructor(
    /** Renders the journal for timeout messages, so a failing test says what *did* happen. */
    private readonly describe: () => string,
  ) {}

  push(item: T): void {
    this.items.push(item);
    for (const waiter of [...this.#waiters]) {
      let matched = false;
      try {
        matched = waiter.predicate(item);
      } catch (error) {
        this.#settle(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (matched) {
        this.#settle(waiter);
        waiter.resolve(item);
      }
    }
  }

  /** Resolves with the first recorded item (past or future) matching `predicate`. */
  waitFor(predicate: (item: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    let existing: T | undefined;
    try {
      existing = this.items.find(predicate);
    } catch (error) {
      return Promise.reject(error);
    }
    if (existing !== undefined) return Promise.resolve(existing);
    if (this.#closedReason !== null) {
      return Promise.reject(new Error(`Cannot wait for ${what}: ${this.#closedReason}`));
    }
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter);
          reject(
            new WaitTimeoutError(`Timed out after ${timeoutMs}ms waiting for ${what}.\n${this.describe()}`),
          );
        }, timeoutMs),
      };
      // Do not keep the process alive just because a test is waiting.
      waiter.timer.unref();
      this.#waiters.add(waiter);
    });
  }

  /** Resolves once at least `count` items match `predicate`; returns the `count`-th match. */
  waitForCount(predicate: (item: T) => boolean, count: number, timeoutMs: number, what: string): Promise<T> {
    let seen = 0;
    // Count matches among already-recorded items first, then keep counting new ones.
    return this.waitFor(
      (item) => {
        if (predicate(item)) seen += 1;
        return seen >= count;
      },
      timeoutMs,
      what,
    );
  }

  /** Rejects every pending waiter; later waits reject immediately. */
  close(reason: string): void {
    this.#closedReason = reason;
    for (const waiter of [...this.#waiters]) {
      this.#settle(waiter);
      waiter.reject(new Error(`Stopped waiting: ${reason}`));
    }
  }

  #settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.#waiters.delete(waiter);
  }
}
