/**
 * "Where was it supposed to be signed?" right after the answer that Trinidad and Tobago and
 * Venezuela signed the Gulf of Paria fishing agreement on 15 October asks of the plan, not of what
 * was done in the end: a fact just told that tells no plan ("was to", "due", "planned") is not read
 * as its answer (which would repeat the October signing). A detail of what was told asked without
 * a plan ("how long will the trip take?" after when the train starts) still is.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, EIGHTH_EVENT_DIR, engineFrom } from "./support/engines.ts";

const paria = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twenty-fifth-event")));
const baltic = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));

describe("where it was supposed to be done, right after what was done", () => {
  it("is not read from the fact told of the signing", () => {
    const previous = "when was the gulf of paria fishing agreement signed";
    const result = askedIn(paria, "where was it supposed to be signed?", previous);
    expect(result.reading ?? "").not.toContain("what was just said");
    expect(result.answer).not.toContain("On 15 October 2026 Trinidad and Tobago and Venezuela signed");
  });

  it("is read from the plan just told, when that is what was told", () => {
    // ("When was it supposed to be signed?" is now answered by the plan, which says where too.)
    const previous = "when was the gulf of paria fishing agreement supposed to be signed";
    const result = askedIn(paria, "where was it supposed to be signed?", previous);
    expect(result.answer).toContain("Caracas");
    expect(result.answer).not.toContain("On 15 October 2026 Trinidad and Tobago and Venezuela signed");
  });

  it("still reads a detail asked of what was told from it", () => {
    const result = askedIn(
      baltic,
      "how long will the trip take?",
      "when will the vilnius riga direct train start running?",
    );
    expect(result.reading).toBe("Reading it as about what was just said");
    expect(result.answer).toContain("four and a half hours");
  });
});
