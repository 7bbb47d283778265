import { Engine } from "../src/engine/engine.ts";
import type { Dataset } from "../src/engine/schema.ts";

/**
 * An engine started as the bench times it: built, warmed (ready to answer), then the autocomplete
 * index that `warm` leaves to slices between questions finished at once (the bench yields no turn
 * to the slices), each step's milliseconds.
 */
export function startEngine(dataset: Dataset): {
  engine: Engine;
  buildMs: number;
  warmMs: number;
  suggestionsMs: number;
} {
  let start = performance.now();
  const engine = new Engine(dataset);
  const buildMs = performance.now() - start;
  start = performance.now();
  engine.warm();
  const warmMs = performance.now() - start;
  start = performance.now();
  engine.warmSuggestions();
  const suggestionsMs = performance.now() - start;
  return { engine, buildMs, warmMs, suggestionsMs };
}
