/**
 * The evidence model in the engine is the one `npm run eval -- --fit` fits from the dev questions
 * today: every dev question evaluated again with the thresholds out of reach, then per-article
 * folds. Minutes of engine work, in a file of its own so that it runs beside the floors
 * (test/eval-dev-floor.test.ts, test/eval-test-floor.test.ts) on the other worker.
 */
import { describe, expect, it } from "vitest";
import { fitEvidenceModel } from "../eval/fit.ts";
import { EVIDENCE_MODEL } from "../src/engine/evidence-model.ts";
import { EVALUATION_TIME_LIMIT_MS } from "./support/eval-floor.ts";

describe("the engine weighs evidence with the model fitted on dev, and only dev", () => {
  it(
    "is what `npm run eval -- --fit` fits from the dev questions today",
    () => {
      const refit = fitEvidenceModel(() => {}, false);
      expect(refit.weights).toHaveLength(EVIDENCE_MODEL.weights.length);
      expect(refit.veto).toBe(EVIDENCE_MODEL.veto);
      expect(refit.admit).toBe(EVIDENCE_MODEL.admit);
      expect(refit.unseen.slope).toBeCloseTo(EVIDENCE_MODEL.unseen.slope, 4);
      expect(refit.unseen.intercept).toBeCloseTo(EVIDENCE_MODEL.unseen.intercept, 4);
      for (const [i, weight] of refit.weights.entries())
        expect(weight).toBeCloseTo(EVIDENCE_MODEL.weights[i]!, 4);
    },
    EVALUATION_TIME_LIMIT_MS,
  );
});
