/**
 * Per-user rate limit on questions: at most `limit` in any `windowMs` (a sliding window). The
 * first refusal in a burst is flagged so message-based questions can answer it once politely and
 * then stay silent instead of replying to every spammed line.
 */
export type CooldownVerdict =
  | { allowed: true }
  | { allowed: false; retryAfterMs: number; firstRefusal: boolean };

export interface CooldownOptions {
  limit: number;
  windowMs: number;
  clock?: () => number;
  /** Past this many tracked users, idle ones are forgotten so memory stays flat. */
  maxTrackedUsers?: number;
}

export class Cooldown {
  private readonly users = new Map<string, { times: number[]; warned: boolean }>();
  private readonly clock: () => number;
  private readonly maxTrackedUsers: number;

  constructor(private readonly options: CooldownOptions) {
    this.clock = options.clock ?? Date.now;
    this.maxTrackedUsers = options.maxTrackedUsers ?? 10_000;
  }

  /** A cooldown that never refuses (the local console, tests). */
  static unlimited(): Cooldown {
    return new Cooldown({ limit: 1, windowMs: 0 });
  }

  /** Counts one question for the user if allowed. */
  take(userId: string): CooldownVerdict {
    if (this.options.windowMs <= 0) return { allowed: true };
    const now = this.clock();
    const state = this.users.get(userId) ?? { times: [], warned: false };
    state.times = state.times.filter((time) => now - time < this.options.windowMs);
    if (state.times.length < this.options.limit) {
      state.times.push(now);
      state.warned = false;
      this.users.set(userId, state);
      if (this.users.size > this.maxTrackedUsers) this.sweep(now);
      return { allowed: true };
    }
    const oldest = state.times[0] ?? now;
    const firstRefusal = !state.warned;
    state.warned = true;
    this.users.set(userId, state);
    return { allowed: false, retryAfterMs: Math.max(0, oldest + this.options.windowMs - now), firstRefusal };
  }

  private sweep(now: number): void {
    for (const [userId, state] of this.users) {
      if (state.times.every((time) => now - time >= this.options.windowMs)) this.users.delete(userId);
    }
  }
}
