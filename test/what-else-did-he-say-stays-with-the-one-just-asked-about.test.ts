/**
 * "What else did he say?" after "what did Velko say?": "he" is the one person the previous question
 * named. When all he said was shown already, the answer says there is nothing more, not what the
 * other man at the meeting said (Trask, whom Velko thanked). (Only this case: follow-ups in general
 * are read as before.)
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { envoyVisitStore } from "./support/made-up-envoy-visit.ts";

const engine = engineFrom(envoyVisitStore());

describe("'what else did he say?' stays with the one just asked about", () => {
  it("does not switch to the other speaker when all of his was shown", () => {
    const result = askedIn(engine, "what else did he say?", "What did Velko say?");
    expect(result.answer).not.toMatch(/Amon Trask|Trask (?:congratulated|praised)/);
    expect(result.answered).toBe(false);
  });

  it("still takes 'he' as the one asked about when more of his is left", () => {
    const result = askedIn(engine, "what else did he say?", "What did Velko say about the Harbour Council?");
    expect(result.answer).not.toMatch(/Taking "he" as Amon Trask/);
  });
});
