/**
 * The evidence model in the engine is the one `npm run eval -- --fit` fits from the dev questions
 * today: every dev question evaluated again with the thresholds out of reach, then per-article
 * folds. Minutes of engine work, in a file of its own so that it runs beside the floors
 * (test/eval-dev-floor.test.ts, test/eval-test-floor.test.ts) on the other worker.
 */
import { describe, expect, it } from "vitest";
import { fitEvidenceModel } from "../eval/fit.ts";
import { EVIDENCE_MODEL } from "../src/engine/evidence-model.ts";

describe("the engine weighs evidence with the model fitted on dev, and only dev", () => {
  it("is what `npm run eval -- --fit` fits from the dev questions today", () => {
    const refit = fitEvidenceModel(() => {}, false);
    expect(refit.weights).toHaveLength(EVIDENCE_MODEL.weights.length);
    expect(refit.veto).toBe(EVIDENCE_MODEL.veto);
    expect(refit.admit).toBe(EVIDENCE_MODEL.admit);
    for (const [i, weight] of refit.weights.entries())
      expect(weight).toBeCloseTo(EVIDENCE_MODEL.weights[i]!, 4);
  }, 300_000);
});
