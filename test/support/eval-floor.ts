/**
 * The labeled evaluation's floor as a gate, one split per spec file (`test/eval-dev-floor.test.ts`,
 * `test/eval-test-floor.test.ts`): the two splits are minutes of engine work each, and apart they run
 * on both workers at once. On the split, right answers and honest refusals together, and the
 * precision of the answers given, never fall below the floor in eval/floor.json. The floor only
 * rises (`npm run eval -- --raise-floor` after an improvement).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSplits, ratio, runSplit, summarize } from "../../eval/evaluate.ts";

/**
 * How long a whole split or the refit may take: it only catches a hang. The work grows with the
 * labeled questions (some 700 more each session); in session 48 (11,204 dev and 14,238 test) the
 * refit took 309 s on a quiet two-core machine and up to 806 s beside other work, so the 300 s
 * limit set for half as many questions failed runs that were only slow. The suite's own time is
 * measured and reported in the README's Tests section.
 */
export const EVALUATION_TIME_LIMIT_MS = 1_200_000;

export function floorSpecs(splitName: "dev" | "test"): void {
  const floor = JSON.parse(
    readFileSync(join(import.meta.dirname, "..", "..", "eval", "floor.json"), "utf8"),
  ) as Record<string, { accuracy: number; precision: number }>;
  const all = loadSplits();
  const splits = all.filter((split) => split.name === splitName);

  describe("answer quality on labeled questions never falls below its floor", () => {
    // Every split is gated: a split added to eval/evaluate.ts needs its own spec file beside these two.
    it(`the splits are dev and test, each gated by a spec file of its own (this one: ${splitName})`, () => {
      expect(all.map((split) => split.name)).toEqual(["dev", "test"]);
    });
    for (const split of splits) {
      it(
        `${split.name}: right answers and honest refusals, and precision of what is answered`,
        () => {
          const summary = summarize(runSplit(split));
          const wanted = floor[split.name];
          expect(wanted, `eval/floor.json has no floor for ${split.name}`).toBeDefined();
          expect(summary.n).toBeGreaterThanOrEqual(150);
          expect(ratio(summary.right, summary.n)).toBeGreaterThanOrEqual(wanted!.accuracy);
          expect(ratio(summary.answeredRight, summary.answered)).toBeGreaterThanOrEqual(wanted!.precision);
        },
        EVALUATION_TIME_LIMIT_MS,
      );
    }
  });
}
