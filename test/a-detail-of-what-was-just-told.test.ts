/**
 * A follow-up that asks one more detail of what the answer just told, without "it" or "that":
 * "when does the Vilnius–Riga train start running?" → "how long will the trip take?". The fact
 * just told holds the answer, so it answers, and the answer says it was read so. Only a question
 * that names nothing the told facts do not name, has no word the store does not know, and asks a
 * detail the previous question did not ask (a time, a place, a person, an amount, how long) is read
 * so; anything else keeps its own reading.
 */
import { describe, expect, it } from "vitest";
import {
  askedIn,
  combinedDataDir,
  EIGHTH_EVENT_DIR,
  engineFrom,
  SECOND_EVENT_DIR,
} from "./support/engines.ts";

const baltic = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));
const lake = engineFrom(combinedDataDir(SECOND_EVENT_DIR));

describe("a detail of what was just told, asked without pointing back", () => {
  it("gives how long the trip takes from the answer about when the train starts", () => {
    const before = askedIn(baltic, "when will the vilnius riga direct train start running?");
    expect(before.answer).toContain("four and a half hours");
    const result = askedIn(
      baltic,
      "how long will the trip take?",
      "when will the vilnius riga direct train start running?",
    );
    expect(result.answered).toBe(true);
    expect(result.reading).toBe("Reading it as about what was just said");
    expect(result.answer).toContain("four and a half hours");
  });

  it("does not read a question that names something the answer did not as about the answer", () => {
    const result = askedIn(
      baltic,
      "how long will the trip to Tallinn take?",
      "when will the vilnius riga direct train start running?",
    );
    expect(result.reading ?? "").not.toContain("what was just said");
    // Read on its own, the question names a place the store knows nothing of.
    expect(result.answered).toBe(false);
    expect(result.answer).toBe('I don\'t have any facts about "Tallinn".');
  });

  it("does not read a question with a word the store never uses as about the answer", () => {
    // "big" is no word of the store: the accord's sharing of the waters says nothing of the size.
    const result = askedIn(lake, "how big is the lake?", "how do Veloria and Norland share Lake Amari?");
    expect(result.reading ?? "").not.toContain("what was just said");
    expect(result.answer).not.toContain("equally");
    expect(result.answered).toBe(false);
    expect(result.answer).toBe("I don't have a fact about that.");
  });

  it("leaves what was told behind when the question says a new one starts", () => {
    const result = askedIn(
      baltic,
      "ok different question, how long will the trip take?",
      "when will the vilnius riga direct train start running?",
    );
    expect(result.reading ?? "").not.toContain("what was just said");
    // On its own, "the trip" is no trip the store tells of.
    expect(result.answered).toBe(false);
    expect(result.answer).toBe("I don't have a fact about that.");
  });

  it("does not ask again the detail the previous question asked", () => {
    // No "it": the question names only the train the answer told of, but asks its time again, so
    // it keeps its own reading (which finds the same fact).
    const result = askedIn(
      baltic,
      "when will the train run?",
      "when will the vilnius riga direct train start running?",
    );
    expect(result.reading ?? "").not.toContain("what was just said");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("13 June 2027");
  });
});
