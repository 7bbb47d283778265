import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { heldoutStoreParts, loadEvalEngine } from "../eval/evaluate.ts";
import {
  askedIn as asked,
  combinedDataDir,
  engineFrom,
  SIXTEENTH_EVENT_DIR,
  THIRTEENTH_EVENT_DIR,
} from "./support/engines.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const seasonal = engineFrom(combinedDataDir(THIRTEENTH_EVENT_DIR));
const osogovo = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
const cable = engineFrom(combinedDataDir(join(FIXTURES, "twenty-first-event")));

describe("'when will …?' is answered by a time to come, not by the day a fact was said or done", () => {
  it("does not answer 'when will the study be done?' with the day the study was agreed", () => {
    const result = asked(cable, "when will the backup cable study be done");
    expect(result.answer).not.toContain("agreed to pay for a study");
  });

  it("answers 'when will they sign?' with the plan, not the signing's own day", () => {
    const result = asked(seasonal, "when will madagascar and mauritius sign the labour agreement?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("planned for October 2026");
  });

  it("takes a time said from the speaker's day ('by the end of the year')", () => {
    const result = asked(osogovo, "when will serbia join the osogovo park?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("by the end of the year");
  });
});

describe("'was A before or after B?' sets the day of each act side by side", () => {
  const housing = engineFrom(combinedDataDir(join(FIXTURES, "twentieth-event")));
  const ferry = engineFrom(combinedDataDir(join(FIXTURES, "nineteenth-event")));
  const tender = engineFrom(combinedDataDir(join(FIXTURES, "twenty-second-event")));

  it("says the charter was signed after the board approved the loan, with both days", () => {
    const result = asked(housing, "was the charter signed before or after the wdb board approved the loan?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^After: /);
    expect(result.answer).toContain("20 July 2026");
    expect(result.answer).toContain("28 May 2026");
    expect(result.facts.length).toBeGreaterThanOrEqual(2);
  });

  it("reads it the same way in the middle of a conversation", () => {
    const before = housing.answer("who signed the charter for dominica?");
    const result = housing.answer(
      "was the charter signed before or after the wdb board approved the loan?",
      undefined,
      {
        previous: before.turn,
      },
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^After: /);
  });

  it("takes the day of a meeting the words name ('the first sailing')", () => {
    const result = asked(ferry, "did the lnnc get its new chairman before or after the first sailing?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Before: /);
    expect(result.answer).toContain("1 November 2026");
    expect(result.answer).toContain("8 November 2026");
  });

  it("reads 'before the first sailing or after' the same way", () => {
    const result = asked(ferry, "did the joint customs post open before the first sailing or after");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^The same day: /);
  });

  it("does not date an act by the day of another act told in the same sentence", () => {
    const result = asked(tender, "did the tender open before or after the ARB loan was announced?");
    expect(result.answer).not.toContain("24 November 2026");
  });

  it("sets no act of another story beside it ('the cost go up' of another river)", () => {
    const manyStories = loadEvalEngine(heldoutStoreParts("heldout-23"));
    const result = asked(manyStories, "did the cost go up before or after the mou was signed?");
    expect(result.answer).not.toContain("Maroni");
  });
});
