/**
 * "Who did Velko thank for the chairmanship transition?": the one named acts, and the answer is who
 * the act was done to, the first name after the statement's verb ("thanked all Harbour Council
 * member countries, including Estmark"), not the name nearest the question's other words ("the
 * Harbour Council chairmanship"). A body's name before a noun only says whose the noun is.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { envoyVisitStore } from "./support/made-up-envoy-visit.ts";

const engine = engineFrom(envoyVisitStore());

describe("who a named one did something to is named after the verb", () => {
  it("leads with the one thanked, not the body whose chairmanship it was", () => {
    const result = askedIn(engine, "Who did Velko thank for the chairmanship transition?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Estmark\b/);
  });

  it("still leads with the one received", () => {
    const result = askedIn(engine, "Who did Velko receive?");
    expect(result.answer).toMatch(/^Amon Trask\b/);
  });

  it("still leads with the one congratulated", () => {
    const result = askedIn(engine, "Who did Trask congratulate?");
    expect(result.answer).toMatch(/^Norvia\b/);
  });
});
