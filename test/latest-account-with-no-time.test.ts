import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  askedIn as asked,
  combinedDataDir,
  engineFrom,
  SEVENTEENTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
} from "./support/engines.ts";

/** A story in three articles over 2026 (Grenada–Dominica housing fund and building code). */
const TWENTIETH_EVENT_DIR = join(import.meta.dirname, "fixtures", "twentieth-event");

const twentieth = engineFrom(combinedDataDir(TWENTIETH_EVENT_DIR));
const sixteenth = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));

describe("a question with no time of its own gets the story's latest word", () => {
  it("gives the loan as a later article raised it, with the figure it replaced", () => {
    const result = asked(twentieth, "what did the windward development bank lend the housing fund?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("US$100 million");
    // The earlier figure is said first, as the earlier account, so the change reads in order.
    expect(result.answer.indexOf("US$80 million")).toBeGreaterThanOrEqual(0);
    expect(result.answer.indexOf("US$80 million")).toBeLessThan(result.answer.indexOf("US$100 million"));
  });

  it("reads a change of size in any verb WordNet files under increase ('enlarging it to')", () => {
    const result = asked(twentieth, "how much money is in the joint resilient housing fund?");
    expect(result.answer).toContain("US$150 million");
  });

  it("answers a figure an earlier article said was not yet set with the one a later article gives", () => {
    const result = asked(
      twentieth,
      "at what interest rate?",
      "how much is the WDB lending to the housing fund?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1.25 percent");
  });

  it("gives who holds a post now, not its holder in an earlier article", () => {
    const result = asked(twentieth, "who is in charge of the wdb?");
    expect(result.answer.startsWith("Odessa Trotman-Vidal.")).toBe(true);
  });

  it("reads a passive handover ('he was succeeded … by'): the one who left is its subject", () => {
    const before = asked(
      twentieth,
      "who was president of the windward development bank before odessa trotman-vidal?",
    );
    expect(before.answered).toBe(true);
    expect(before.answer).toContain("he was succeeded");
    const after = asked(twentieth, "who succeeded haldane pierrepont?");
    expect(after.answer.startsWith("Odessa Trotman-Vidal.")).toBe(true);
  });

  it("gives a party's share as a later article tells it anew, in its own terms", () => {
    // "Italy offered to pay 40 percent" (February) → "Italy raised its grant from 6 million to 7.5 million euros".
    const result = asked(sixteenth, "who pays what?", "how much does the osogovo park cost now?");
    expect(result.answer).toContain("7.5 million");
    const loan = asked(seventeenth, "how much is the european investment bank lending for the fibre cable?");
    expect(loan.answer).toContain("14 million");
  });

  it("keeps the earlier account when the question sets an earlier time", () => {
    for (const question of [
      "how much was the wdb going to lend in february?",
      "how much did the wdb plan to lend at first?",
      "how much did the wdb originally mean to lend?",
    ]) {
      const result = asked(twentieth, question);
      expect(result.answer, question).toContain("US$80 million");
      expect(result.answer, question).not.toContain("US$100 million");
    }
  });

  it("takes no later holder of a post for who did an act", () => {
    // Wesseh replaced Kollie as minister later; Kollie still represented Liberia at Freetown.
    const result = asked(seventeenth, "who represented liberia?");
    expect(result.answer.startsWith("Joseph Kollie.")).toBe(true);
  });

  it("keeps the account a figure the question names is of", () => {
    const result = asked(twentieth, "what was the US$120 million fund meant to rebuild?");
    expect(result.answer).not.toMatch(/^Earlier/);
    expect(result.answer).toContain("4,000 homes");
  });

  it("takes no statement of a person for a revision of another", () => {
    const result = asked(twentieth, "what did haldane pierrepont say?");
    expect(result.answer).not.toMatch(/^Earlier/);
    expect(result.answer).not.toContain("Trotman-Vidal");
  });
});

describe("a later fact takes over a figure only when it measures the same thing", () => {
  it("takes no share of another cost for the size of a fund", () => {
    // "The fund would hold US$120 million" (February) is not told anew by the fund "paying up to
    // 90 percent of the extra cost" of building to the code (November): a part of another thing.
    const result = asked(twentieth, "how large is the housing fund?");
    expect(result.answer).not.toContain("90 percent");
    if (result.answered) expect(result.answer).toContain("US$150 million");
  });
});
