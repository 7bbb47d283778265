/** Timing summaries that hold up on a noisy, shared machine: medians and tails, not means. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Timing {
  p50: number;
  p99: number;
  runs: number;
}

/** Runs `fn` over the inputs (cycling) `runs` times after a warm-up, timing each call in ms. */
export function timeEach<T>(
  inputs: readonly T[],
  runs: number,
  fn: (input: T) => unknown,
  // Long enough for the JIT to settle, so the tail measures the code, not the compiler.
  warmup = Math.min(500, runs),
): Timing {
  for (let i = 0; i < warmup; i++) fn(inputs[i % inputs.length]!);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = inputs[i % inputs.length]!;
    const start = performance.now();
    fn(input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), runs };
}

/**
 * The JavaScript heap plus the typed arrays' buffers, which live outside it (the compact indexes
 * keep their data there: leaving them out would flatter the figure).
 */
export function heapUsedMb(): number {
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 2 ** 20;
}

export function fmt(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}
