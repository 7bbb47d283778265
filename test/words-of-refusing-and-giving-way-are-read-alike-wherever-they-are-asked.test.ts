/**
 * What a question takes for granted (premise.ts), what a party gave way on (concession.ts) and
 * what a story tells of a standing refusal (story.ts) read a refusal, a consent and a giving way
 * from one lexicon (language/consent.ts): a refusal is the verb or its noun in any form, a consent
 * is agreeing, accepting or consenting, and a giving way is said in so many words.
 */
import { describe, expect, it } from "vitest";
import {
  CONSENTED,
  GIVING_WAY,
  isVerbOfConsenting,
  REFUSING_VERBS,
  RESISTING_VERB,
  refusedWords,
  refusingWords,
} from "../src/engine/language/consent.ts";

const refusal = new RegExp(refusingWords(), "i");
const refusalOrResistance = new RegExp(refusingWords([...REFUSING_VERBS, RESISTING_VERB]), "i");

describe("words of refusing and giving way are read alike wherever they are asked", () => {
  it("reads a refusal in the verb's every form and in its noun", () => {
    for (const said of [
      "Castel refused",
      "its refusal",
      "an objection",
      "Norvik vetoed it",
      "declining to sign",
    ]) {
      expect(refusal.test(said)).toBe(true);
    }
    expect(refusal.test("Castel agreed to sign")).toBe(false);
  });

  it("takes resisting in only where it is asked for", () => {
    expect(refusal.test("Castel resisted the plan")).toBe(false);
    expect(refusalOrResistance.test("Castel resisted the plan")).toBe(true);
  });

  it("reads a refusal recalled by its past", () => {
    const recalled = new RegExp(String.raw`\bhad\s+${refusedWords()}\b`);
    expect(recalled.test("which had objected to the toll")).toBe(true);
    expect(recalled.test("which had objections to the toll")).toBe(false);
  });

  it("reads agreeing, accepting and consenting as consent, and giving way as said", () => {
    const consented = new RegExp(String.raw`\b${CONSENTED}\b`);
    for (const said of ["Castel agreed", "Castel accepted", "Castel consented"]) {
      expect(consented.test(said)).toBe(true);
    }
    expect(GIVING_WAY).toContain("backed down");
    expect(isVerbOfConsenting("agreed")).toBe(true);
    expect(isVerbOfConsenting("consent")).toBe(true);
    expect(isVerbOfConsenting("accepted")).toBe(true);
    expect(isVerbOfConsenting("refused")).toBe(false);
  });
});
