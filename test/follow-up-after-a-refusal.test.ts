/**
 * A follow-up after a refusal: "who is the CEO of the Kribi vaccine company?" may be refused, yet
 * the facts that nearly answered it name the person it was about, so "how many people does he plan
 * to hire?" has someone to mean. Only facts that keep every name the question used count, and
 * those people are "he" or "she", never "they".
 */
import { describe, expect, it } from "vitest";
import { resolveContext } from "../src/engine/context.ts";
import type { DialogueTurn } from "../src/engine/schema.ts";
import { understand } from "../src/engine/understand.ts";
import {
  askedIn,
  combinedDataDir,
  EIGHTEENTH_EVENT_DIR,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
} from "./support/engines.ts";

const kribi = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));
const scholars = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));

describe("a follow-up after a refused question", () => {
  it("takes 'he' as the person the nearly answering facts name", () => {
    const before = kribi.answer("who is the ceo of the kribi vaccine company?");
    expect(before.answered).toBe(false);
    const result = askedIn(
      kribi,
      "how many people does he plan to hire?",
      "who is the ceo of the kribi vaccine company?",
    );
    expect(result.answered).toBe(true);
    expect(result.reading).toContain("Moussavou");
    expect(result.answer).toContain("300");
  });

  it("takes 'she' so in another story", () => {
    const before = scholars.answer("who runs the joint office of the student exchange?");
    expect(before.answered).toBe(false);
    const result = askedIn(
      scholars,
      "what did she do before?",
      "who runs the joint office of the student exchange?",
    );
    expect(result.answered).toBe(true);
    expect(result.reading).toContain("Nirmala Poudel");
  });

  it("never takes one whose facts leave out a name the question used", () => {
    const result = askedIn(
      kribi,
      "how many people does he plan to hire?",
      "who is the ceo of the kribi vaccine company for chad?",
    );
    expect(result.answered).toBe(false);
    expect(result.answer).not.toContain("Moussavou");
  });

  it("does not take 'they' as that one person", () => {
    const kb = kribi.knowledge();
    // A refused "who joined the plant?": no name of its own, the near facts' chief executive.
    const refused: DialogueTurn = {
      question: "who joined the plant in november?",
      mentions: [],
      entities: ["fabrice-moussavou"],
      facts: [],
    };
    const readings = resolveContext(understand("how much are they giving?", kb), refused, kb);
    expect(
      readings.some((r) => r.kind === "read" && /"they" as Fabrice Moussavou/.test(r.reading ?? "")),
    ).toBe(false);
  });
});
