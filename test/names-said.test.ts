import { describe, expect, it } from "vitest";
import { mentionMatch, NAMED_IN_TEXT } from "../src/engine/score.ts";
import { understand } from "../src/engine/understand.ts";
import {
  askedIn as asked,
  combinedDataDir,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  FOURTEENTH_EVENT_DIR,
  NINTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
  TENTH_EVENT_DIR,
} from "./support/engines.ts";

const osogovo = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
const kribi = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));

describe("a fact that says a name in so many words is found, though not linked to it", () => {
  it("finds 'the first 48 Osogovo park rangers' for a question naming Osogovo (the mountains)", () => {
    const result = asked(osogovo, "why were the osogovo rangers held up?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("rangers");
  });

  it("finds 'the Kribi agreement' for a question naming Kribi (the town)", () => {
    const result = asked(kribi, "who signed the kribi deal for chad?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Abdelkerim Tahir");
  });
});

describe("a name said in passing is weaker than a link", () => {
  it("does not answer 'what is Retezat?' with a fact that only says 'the Retezat fire'", () => {
    const ninth = engineFrom(combinedDataDir(NINTH_EVENT_DIR));
    const result = asked(ninth, "what is Retezat?");
    expect(result.answer).not.toContain("planes lent by Greece");
  });

  it("takes a name's words apart in a sentence for no saying of it ('hydropower exports … the agreement')", () => {
    const fourteenth = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));
    const result = asked(fourteenth, "when did gelashvili sign the yerevan hydropower agreement?");
    expect(result.answer).not.toContain("memorandum of understanding on hydropower exports");
  });

  it("takes a name's words among a fact's keywords for no saying of it ('no deal')", () => {
    const tenth = engineFrom(combinedDataDir(TENTH_EVENT_DIR));
    const kb = tenth.base;
    const { plan } = understand("what did the glacial flood warning deal say?", kb);
    const at = plan.mentions.findIndex((m) => m.entityIds.includes("glacial-flood-warning-agreement"));
    expect(at).toBeGreaterThanOrEqual(0);
    const fact = [...kb.allFacts()].find((f) => f.fact.id === "khujand-no-agreement-on-centre");
    expect(fact).toBeDefined();
    expect(mentionMatch(plan, at, fact!, kb)).toBeLessThan(NAMED_IN_TEXT);
  });
});
