/**
 * "Who chairs the Japan–Korea Strait Joint Committee now?" asks for whoever holds the chair:
 * "under the committee's rules, the chair now passes to a South Korean nominee" names no one but
 * the committee asked of (its "Korea" is the committee's own word), so it is no answer. A fact that
 * names the one who took over still answers, and so does a payer named only by the word an earlier
 * turn referred to.
 */
import { describe, expect, it } from "vitest";
import { FORTY_FIFTH_STORE_PARTS, loadEvalEngine } from "../eval/evaluate.ts";
import { askedIn } from "./support/engines.ts";

const strait = loadEvalEngine(FORTY_FIFTH_STORE_PARTS);

describe("a who of now needs a fact that names who", () => {
  it("does not answer who chairs the committee now with a rule that names no one", () => {
    expect(strait.answer("who chairs the japan-korea strait joint committee now").answered).toBe(false);
  });

  it("still answers who took over the chair", () => {
    expect(strait.answer("who replaced nagaoka as jksjc chair?").answer).toContain("Kang Eun-ji");
  });

  it("still answers who pays, asked of what an earlier turn told", () => {
    const result = askedIn(
      strait,
      "who pays for them?",
      "how many gauges is austria adding to the lower morava network",
    );
    expect(result.answer).toContain("1.3 million euros");
  });
});
