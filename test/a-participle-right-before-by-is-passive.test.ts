/**
 * "Who chairs the joint technical committee?": "a joint technical committee chaired by Castel's
 * chief building inspector, Ana Petrov" has the committee chaired, not chairing. A past participle
 * right before "by" is passive even with no form of "be" before it, so the one after "by" is who
 * chairs it.
 */
import { describe, expect, it } from "vitest";
import { askedIn } from "./support/engines.ts";
import { orvikLake } from "./support/orvik-lake.ts";

describe("a participle right before 'by' is passive", () => {
  it("answers who chairs the committee with the one it is chaired by", () => {
    const engine = orvikLake("orvik-committee");
    expect(askedIn(engine, "who chairs the joint technical committee?").answer).toContain("Ana Petrov");
  });
});
