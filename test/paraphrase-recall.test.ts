/**
 * Questions worded otherwise than the article: each spec names the mechanism that lets the
 * article's own words answer them, and what it must still refuse.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";

const seedOnly = engineFrom(SEED_DIR);

describe("a particle that only completes its verb is no word of its own to find", () => {
  it("answers 'as Sarybay pointed out' from what Sarybay highlighted", () => {
    const result = seedOnly.answer(
      "which movement did azerbaijan chair with success, as sarybay pointed out?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Non-Aligned");
  });

  it("reads 'picking up' as one verb: 'up' is neither a word to find nor one the store lacks", () => {
    const { plan } = understand("how much of the bill is azerbaijan picking up?", seedOnly.knowledge());
    expect(plan.terms.map((term) => term.word)).not.toContain("up");
    expect(plan.unknown.map((word) => word.word)).not.toContain("up");
    // The words as read keep it: other readings (who did what, a passive) still see the pair.
    expect(plan.words).toContain("up");
  });
});
