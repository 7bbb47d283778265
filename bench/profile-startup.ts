import { startEngine } from "./startup.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * Builds and warms an engine over a synthetic store, for a CPU profile of start-up:
 *   node --cpu-prof --import tsx bench/profile-startup.ts 100000 [builds]
 * Each build gets a freshly generated dataset (no per-record cache of an earlier build helps).
 */
const size = Number(process.argv[2] ?? 100_000);
const builds = Number(process.argv[3] ?? 1);
for (let i = 0; i < builds; i++) {
  const { buildMs, warmMs, suggestionsMs } = startEngine(syntheticDataset(size).dataset);
  console.log(
    `${size} facts: build ${buildMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms, ready ${(buildMs + warmMs).toFixed(0)} ms, suggestions +${suggestionsMs.toFixed(0)} ms`,
  );
}
