/**
 * Everyday words for what a fact says plainly: "what's the price tag on the repair?" asks what it
 * costs, a sum ("tag" is no word of it, and a fact that only says there is a cost is no answer);
 * "what fraction of the patients …?" asks the share a percentage states, as "slice of" does; and
 * "has the cost gone up?" reads "go up" as rising (its commonest sense, a word people use as a
 * verb), not as "near", which the store says far more often, as a preposition.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, THIRTY_NINTH_STORE_PARTS, TWENTY_FIRST_STORE_PARTS } from "../eval/evaluate.ts";
import { understand } from "../src/engine/understand.ts";

const cable = loadEvalEngine(TWENTY_FIRST_STORE_PARTS);
const malaria = loadEvalEngine(THIRTY_NINTH_STORE_PARTS);

describe("a price tag is a cost and a fraction is a share", () => {
  it("answers the price tag with the sum, not with the fact that there is a cost to share", () => {
    const result = cable.answer("what's the price tag on fixing the cable in the end");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("7.6 million");
  });

  it("still refuses a price tag the store does not have", () => {
    expect(cable.answer("what's the price tag on the new airport in apia?").answered).toBe(false);
  });

  it("answers a fraction with the percentage", () => {
    const result = malaria.answer("what fraction of tak's malaria patients had come over from myawaddy");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("41 percent");
  });

  it("still refuses a fraction of something the store does not count", () => {
    expect(
      malaria.answer("what fraction of tak's dengue patients had come over from myawaddy").answered,
    ).toBe(false);
  });

  it("reads 'gone up' as a rise, not as 'near'", () => {
    const words = (q: string) => understand(q, cable.knowledge()).plan.terms.map((t) => t.word);
    expect(words("how much has the cost of the repair gone up?")).toContain("rise");
    expect(words("how much has the cost of the repair gone up?")).not.toContain("near");
  });
});
