import { Engine } from "../src/engine/engine.ts";
import type { Dataset } from "../src/engine/schema.ts";

/**
 * An engine started as the bench times it: built, warmed (ready to answer), then what `warm` leaves
 * to slices between questions finished at once (the bench yields no turn to the slices): answering's
 * code warm-up (unless `answering` is false; once per process, so later engines find it done) and
 * the autocomplete index, each step's milliseconds.
 */
export function startEngine(
  dataset: Dataset,
  options: { answering?: boolean } = {},
): {
  engine: Engine;
  buildMs: number;
  warmMs: number;
  answeringMs: number;
  suggestionsMs: number;
} {
  let start = performance.now();
  const engine = new Engine(dataset);
  const buildMs = performance.now() - start;
  start = performance.now();
  engine.warm({ answering: options.answering !== false });
  const warmMs = performance.now() - start;
  start = performance.now();
  if (options.answering !== false) engine.warmAnswering();
  const answeringMs = performance.now() - start;
  start = performance.now();
  engine.warmSuggestions();
  const suggestionsMs = performance.now() - start;
  return { engine, buildMs, warmMs, answeringMs, suggestionsMs };
}
