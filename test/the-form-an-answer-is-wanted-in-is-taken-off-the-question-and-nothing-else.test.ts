/**
 * "Yes or no: …", "… just the number", "in one word, …": the form the asker wants the answer in is
 * taken off the question, and a question that asks for no form is read exactly as it was typed
 * (a quick look for the forms' words decides that before their patterns are tried).
 */
import { describe, expect, it } from "vitest";
import { formatDate } from "../src/engine/language/time.ts";
import { withoutAnswerForm } from "../src/engine/understand.ts";

describe("the form an answer is wanted in", () => {
  it("is taken off before or after the question", () => {
    expect(withoutAnswerForm("Yes or no: did Velmora sign the port accord?")).toBe(
      "did Velmora sign the port accord?",
    );
    expect(withoutAnswerForm("How many berths does the port have? just the number")).toBe(
      "How many berths does the port have?",
    );
    expect(withoutAnswerForm("Where is the new terminal, in one word?")).toBe("Where is the new terminal?");
    expect(withoutAnswerForm("Who chaired the talks? short answer please")).toBe("Who chaired the talks?");
  });

  it("leaves a question that asks for no form as it was typed", () => {
    for (const question of [
      "Who chaired the Orsk port talks?",
      "what did the envoy say about the toll",
      "When was the ferry accord signed?",
      "which delegation left early?",
      "  the ports minister's remarks…  ",
    ])
      expect(withoutAnswerForm(question)).toBe(question);
  });

  it("leaves a question that is nothing but the form as it was typed", () => {
    expect(withoutAnswerForm("yes or no?")).toBe("yes or no?");
  });

  it("is not found in a word that only contains one of its words", () => {
    // ("Shortly" has "short" in it: no short answer is asked.)
    expect(withoutAnswerForm("Who spoke shortly after the signing?")).toBe(
      "Who spoke shortly after the signing?",
    );
  });
});

describe("a day written out", () => {
  it("reads the same every time it is written", () => {
    for (let i = 0; i < 3; i++) {
      expect(formatDate("2024-04-17")).toBe("17 April 2024");
      expect(formatDate("2026-12-01")).toBe("1 December 2026");
    }
  });
});
