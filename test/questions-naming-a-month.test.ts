/**
 * A question that names a month or a date the store has no fact for is refused as any other
 * question the store cannot answer: the month is a time, never "a name I know nothing about".
 */
import { describe, expect, it } from "vitest";
import { DATA_DIR, engineFrom } from "./support/engines.ts";

const engine = engineFrom(DATA_DIR);

describe("a month in a question is a time, not an unknown name", () => {
  // Once a month no article spells was refused as a name the store lacks: "I don't have any
  // facts about "July"."
  it.each([
    "Who is the Secretary General of CICA as of July 2024?",
    "Did Aliyev meet Sarybay in January?",
    "What happened on 3 February 2023?",
    "What happened on 31 February 2024?",
  ])("%s", (question) => {
    const result = engine.answer(question);
    expect(result.answer).not.toMatch(
      /facts about "(?:January|February|June|July|August|September|November|December)"/,
    );
  });

  it.each(["Did Aliyev meet Sarybay in April?", "What happened on 31 April 2024?"])("%s", (question) => {
    expect(engine.answer(question).answer).not.toMatch(/facts about "/);
  });
});
