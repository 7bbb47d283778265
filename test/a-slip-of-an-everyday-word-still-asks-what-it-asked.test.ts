/**
 * "what happend at the meeting": a slip of an everyday word is read as the word (its token already
 * was), and so are the phrases that tell what is asked: the meeting's overview, not a refusal.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { envoyVisitStore } from "./support/made-up-envoy-visit.ts";

const engine = engineFrom(envoyVisitStore());

describe("a slip of an everyday word still asks what the word asks", () => {
  it("answers a typo'd overview with the meeting's overview", () => {
    const typed = askedIn(engine, "what happend at the meeting");
    const meant = askedIn(engine, "what happened at the meeting");
    expect(typed.answered).toBe(true);
    expect(typed.answer).toBe(meant.answer);
  });

  it("leaves a capitalised word as typed: it may be a name", () => {
    const result = askedIn(engine, "who is Velkp");
    expect(result.answer).not.toMatch(/^Dara Velko receives/);
  });
});
