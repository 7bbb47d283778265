/**
 * The words a question is read by (its plan's terms) have every field in one order, whatever the
 * question: a slip corrected (the word as typed), a verb and its particle read as one word (the
 * pair), a time word the constraint stands for. V8 then gives every term one layout, and the many
 * per-fact loops over a plan's terms stay optimised instead of being dropped and recompiled when a
 * question brings a term of another layout (issue 8: a question's first call after such questions
 * ran unoptimised code). Absent fields are there as undefined.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { combinedDataDir, engineFrom, SIXTH_EVENT_DIR } from "./support/engines.ts";

const kb = engineFrom(combinedDataDir(SIXTH_EVENT_DIR)).knowledge();

const QUESTIONS = [
  "who signed the agreement?",
  "who sigend the agreement?",
  "what did they talk about at the talks?",
  "how many were there at first?",
  "who chaired it before Ghana?",
  "who took over the chair?",
  "what did the minister say about fisheries?",
];

const termsOf = (question: string) => understand(question, kb).plan.terms;

describe("Every word a question is read by has one layout, whatever else the question asks", () => {
  it("the terms of plain questions, of slips, of two-word verbs and of time words have the same fields in the same order", () => {
    const layouts = new Set(QUESTIONS.flatMap((q) => termsOf(q).map((term) => Object.keys(term).join(","))));
    expect([...layouts]).toEqual(["word,typed,weight,alternatives,kinds,position,pair,pairs,timeWord"]);
  });

  it("still tells which word was typed, which pair was asked and which words are the time's", () => {
    expect(termsOf("who sigend the agreement?").some((term) => term.typed === "sigend")).toBe(true);
    expect(termsOf("who signed the agreement?").every((term) => term.typed === undefined)).toBe(true);
    expect(termsOf("who took over the chair?").some((term) => term.pair?.join(" ") === "take over")).toBe(
      true,
    );
    expect(termsOf("who chaired it before Ghana?").some((term) => term.timeWord === true)).toBe(true);
  });
});
