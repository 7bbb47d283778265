/**
 * The labeled evaluation (eval/) as a gate: on both splits, right answers and honest refusals
 * together, and the precision of the answers given, never fall below the floor in
 * eval/floor.json. The floor only rises (`npm run eval -- --raise-floor` after an improvement).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSplits, ratio, runSplit, summarize } from "../eval/evaluate.ts";
import { fitEvidenceModel } from "../eval/fit.ts";
import { EVIDENCE_MODEL } from "../src/engine/evidence-model.ts";

const floor = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "eval", "floor.json"), "utf8"),
) as Record<string, { accuracy: number; precision: number }>;

describe("answer quality on labeled questions never falls below its floor", () => {
  for (const split of loadSplits()) {
    it(`${split.name}: right answers and honest refusals, and precision of what is answered`, () => {
      const summary = summarize(runSplit(split));
      const wanted = floor[split.name];
      expect(wanted, `eval/floor.json has no floor for ${split.name}`).toBeDefined();
      expect(summary.n).toBeGreaterThanOrEqual(150);
      expect(ratio(summary.right, summary.n)).toBeGreaterThanOrEqual(wanted!.accuracy);
      expect(ratio(summary.answeredRight, summary.answered)).toBeGreaterThanOrEqual(wanted!.precision);
    });
  }
});

describe("the question sets are labeled consistently", () => {
  it("ids are unique across dev and test, and both splits mix answerable and refusable questions", () => {
    const cases = loadSplits().flatMap((split) => split.groups.flatMap((group) => group.cases));
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const split of loadSplits()) {
      const all = split.groups.flatMap((group) => group.cases);
      expect(all.filter((c) => c.refuse).length).toBeGreaterThan(all.length / 5);
      expect(all.filter((c) => c.expect).length).toBeGreaterThan(all.length / 2);
    }
  });
});

describe("the engine weighs evidence with the model fitted on dev, and only dev", () => {
  it("is what `npm run eval -- --fit` fits from the dev questions today", () => {
    const refit = fitEvidenceModel(() => {}, false);
    expect(refit.weights).toHaveLength(EVIDENCE_MODEL.weights.length);
    expect(refit.veto).toBe(EVIDENCE_MODEL.veto);
    expect(refit.admit).toBe(EVIDENCE_MODEL.admit);
    for (const [i, weight] of refit.weights.entries())
      expect(weight).toBeCloseTo(EVIDENCE_MODEL.weights[i]!, 4);
  }, 60_000);
});
