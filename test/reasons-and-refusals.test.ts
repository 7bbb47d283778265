import { describe, expect, it } from "vitest";
import { isOppositeVerb, oppositeVerbs } from "../src/engine/language/thesaurus.ts";
import {
  combinedDataDir,
  EIGHTEENTH_EVENT_DIR,
  EIGHTH_EVENT_DIR,
  engineFrom,
  FIFTH_EVENT_DIR,
  SECOND_EVENT_DIR,
  SEED_DIR,
  SEVENTEENTH_EVENT_DIR,
  TENTH_EVENT_DIR,
} from "./support/engines.ts";

describe("a why-question is answered by what happened before the act, told after 'after'", () => {
  const eighteenth = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));
  const fifth = engineFrom(combinedDataDir(FIFTH_EVENT_DIR));

  it("reads 'raised … after students complained that …' as the reason for the rise", () => {
    const result = eighteenth.answer("why was the students' monthly allowance raised?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("rents");
  });

  it("reads 'ended without agreement after the delegation walked out' as why a meeting failed", () => {
    const result = fifth.answer("why did the ppwc meeting in march 2025 end without agreement?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("walked out");
  });

  it("does not give a clause after 'after' as the reason for an act told on the side ('X, which refused, now agrees … after …')", () => {
    const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));
    // "Liberia, which refused in June 2026, now agrees to a pilot … after the two central banks
    // signed a memorandum": the memorandum is why it agrees, not why it refused.
    const result = seventeenth.answer("why did they refuse?", undefined, {
      previous: seventeenth.answer("what did côte d'ivoire refuse in kenema?").turn,
    });
    expect(result.answer).not.toContain("central banks signed a memorandum");
  });
});

describe("a why-question is answered by a reason told without a reason word", () => {
  it("reads what a thing the act made will do as what it was made for ('a commission that will monitor …')", () => {
    const second = engineFrom(combinedDataDir(SECOND_EVENT_DIR));
    const result = second.answer("why is a joint commission set up under the lake amari accord?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("water quality");
  });

  it("reads what came in the way of a plan ('was due to …, but the rainy season flooded …') as why it changed", () => {
    const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));
    const result = seventeenth.answer("why will the fibre cable be finished late?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("rainy season");
  });
});

describe("a negated question is answered by a fact that turns the act down or says its opposite", () => {
  it("takes 'was invited … but declined' for 'didn't send'", () => {
    const eighteenth = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));
    const result = eighteenth.answer("who didn't send an observer to the thimphu talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("India");
  });

  it("takes 'X refused the proposal' (no 'to' after it) as a refusal", () => {
    const tenth = engineFrom(combinedDataDir(TENTH_EVENT_DIR));
    const first = tenth.answer("where's the main glacial flood warning centre going?");
    const result = tenth.answer("why not in khujand?", undefined, { previous: first.turn });
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/dangerous lakes|Kyrgyz side/);
  });

  it("knows a verb's WordNet opposite, not any other verb", () => {
    expect(isOppositeVerb("disagreed", "agree")).toBe(true);
    expect(isOppositeVerb("signed", "agree")).toBe(false);
  });
});

describe("a negated verb is found through its WordNet opposite", () => {
  it("answers 'what did X not accept?' with 'X refused …'", () => {
    const eighth = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));
    const result = eighth.answer("what did latvia not accept from lithuania?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("common truck toll");
  });

  it("takes the opposites a verb is commonly said with, not every word of the opposite sense", () => {
    expect(oppositeVerbs("accept")).toEqual(expect.arrayContaining(["refuse", "reject", "decline"]));
    expect(oppositeVerbs("agree")).toContain("disagree");
    // "keep" is a word of "prevent", the opposite of "allow", but seldom means it.
    expect(oppositeVerbs("allow")).not.toContain("keep");
    expect(oppositeVerbs("sign")).toEqual([]);
  });
});

describe("what a question sets aside may be several names", () => {
  it("answers 'apart from X and Y, what …?' with the fact that names X, Y and a third", () => {
    const seed = engineFrom(SEED_DIR);
    const result = seed.answer(
      "apart from the parliamentary network and the youth organization, what did the non-aligned movement establish during azerbaijan's chairmanship?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Women's Platform");
  });
});
