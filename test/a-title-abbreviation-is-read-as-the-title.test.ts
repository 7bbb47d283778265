/**
 * "Who is the SG?": members abbreviate diplomacy's titles (SG, DG, VP, DPM, MFA, as PM and FM). The
 * abbreviation is read as the title it stands for, not as a name no one has.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { envoyVisitStore } from "./support/made-up-envoy-visit.ts";

const engine = engineFrom(envoyVisitStore());

describe("a title's abbreviation is read as the title", () => {
  it("reads SG as the Secretary General", () => {
    const result = askedIn(engine, "who is the SG of the Harbour Council?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Amon Trask/);
  });

  it("reads it typed in lower case too", () => {
    const result = askedIn(engine, "who's the sg");
    expect(result.answer).toContain("Amon Trask");
    expect(result.answer).not.toMatch(/"sg"/i);
  });
});
