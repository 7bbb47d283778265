/**
 * Who "they" is in a follow-up when the previous question was not about countries named together:
 * the one a who- or which-question's answer named, or the people the question asked about by a
 * plural noun ("the carpathian ministers"), not the people or countries of the meeting.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Engine } from "../src/engine/engine.ts";
import { AnswerResult } from "../src/engine/schema.ts";
import { combinedDataDir, engineFrom, NINTH_EVENT_DIR } from "./support/engines.ts";

const EIGHTEENTH_EVENT_DIR = join(import.meta.dirname, "fixtures", "eighteenth-event");
const withNinth = engineFrom(combinedDataDir(NINTH_EVENT_DIR));
const withEighteenth = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));

/** A question, then a follow-up read against its turn. */
function followUp(store: Engine, question: string, next: string): AnswerResult {
  const first = store.answer(question);
  return AnswerResult.parse(store.answer(next, undefined, first.turn ? { previous: first.turn } : {}));
}

describe('"They" after "which …?" or "who …?" is the one the answer named', () => {
  it("reads 'did they ever sign up?' as the college that refused, not the talks' delegates", () => {
    const next = followUp(
      withEighteenth,
      "which college refused to join the student exchange?",
      "did they ever sign up?",
    );
    expect(next.reading).toBe('Taking "they" as Everest Institute of Engineering');
    expect(next.answer).toContain("29 October 2026");
  });

  it("reads 'what did they say?' after 'who opened the talks?' as the minister who opened them", () => {
    const next = followUp(withEighteenth, "who opened the thimphu talks?", "what did they say?");
    expect(next.reading).toBe('Taking "they" as Pema Tshering');
    expect(next.answer).toContain("three times");
  });

  it("still reads 'they' as the people of the meeting after 'who attended?', a list", () => {
    const next = followUp(withEighteenth, "who attended the thimphu talks?", "what did they agree?");
    // Not only the first of the people the list named.
    expect(next.reading).toMatch(/^Taking "they" as .+ and /);
  });
});

describe('"They" after a question about people named by a plural noun is those people', () => {
  it("reads 'what will they decide then?' as the ministers just asked about, not every member country", () => {
    const next = followUp(
      withNinth,
      "when do the carpathian ministers meet next",
      "what will they decide then?",
    );
    expect(next.reading).toBe('Taking "they" as the carpathian ministers');
    expect(next.answer).toContain("satellite");
  });

  it("keeps the names within the phrase: 'the first nepal-bhutan exchange students', not Nepal and Bhutan", () => {
    const next = followUp(
      withEighteenth,
      "when were the first nepal-bhutan exchange students supposed to travel originally?",
      "and when do they go now?",
    );
    expect(next.reading).toBe('Taking "they" as the first nepal-bhutan exchange students');
  });

  it("leaves 'they' to the one named beside the plural noun", () => {
    const next = followUp(
      withNinth,
      "what did slovakia tell the carpathian ministers?",
      "what did they decide?",
    );
    expect(next.reading ?? "").not.toContain("the carpathian ministers");
  });
});

describe('"They" after a question set at one meeting stays at that meeting', () => {
  const withSixteenth = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "sixteenth-event")));

  it("reads 'what couldn't they agree on?' after talks in Kyustendil as of those talks, not the later signing", () => {
    const next = followUp(
      withSixteenth,
      "what did bulgaria and north macedonia discuss in kyustendil?",
      "what couldn't they agree on?",
    );
    expect(next.reading).toMatch(/^Taking "they" as Bulgaria and North Macedonia, at .*Kyustendil/);
    // Not the Ruen crossing refused at the Kriva Palanka signing in June.
    expect(next.answer).not.toContain("Ruen");
  });

  it("lets a follow-up that sets its own time leave the meeting", () => {
    const next = followUp(
      withSixteenth,
      "what did bulgaria and north macedonia discuss in kyustendil?",
      "what did they sign later?",
    );
    expect(next.reading ?? "").not.toMatch(/Kyustendil/);
  });
});

describe('"And what did <another party> say?" is what they said of the thing just discussed', () => {
  const withSixteenth = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "sixteenth-event")));
  const withSeventeenth = engineFrom(
    combinedDataDir(join(import.meta.dirname, "fixtures", "seventeenth-event")),
  );

  it("reads it as what Bulgaria said about Ruen peak, not everything Bulgaria said", () => {
    const next = followUp(
      withSixteenth,
      "what did north macedonia ask for at ruen peak?",
      "and what did bulgaria say?",
    );
    expect(next.reading).toBe('Reading it as "what did bulgaria say about Ruen peak?"');
    expect(next.answer).toContain("border police");
    expect(next.answer).not.toContain("headquarters");
  });

  it("carries the thing to the next follow-up: 'what about now?' asks of mobile money, not of all Liberia said", () => {
    const store = withSeventeenth;
    const first = store.answer("what did sierra leone ask for on mobile money in june?");
    const second = store.answer("and what did liberia say?", undefined, { previous: first.turn! });
    expect(second.answer).toContain("mobile money");
    expect(second.answer).not.toContain("wholesale");
    const third = store.answer("what about now?", undefined, { previous: second.turn! });
    expect(third.reading).toMatch(/mobile money transfers, at first and now/);
  });

  it("leaves a follow-up that asks something of its own alone", () => {
    const next = followUp(
      withSixteenth,
      "what did north macedonia ask for at ruen peak?",
      "and what did bulgaria say about hunting?",
    );
    expect(next.reading ?? "").not.toContain("Ruen");
  });
});

describe('"How many delegates?" is the headcount of the meeting the answer spoke of', () => {
  const withSixteenth = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "sixteenth-event")));

  it("counts the board meeting the answer named, not the signing whose report it came from", () => {
    const next = followUp(
      withSixteenth,
      "where was the first osogovo park board meeting?",
      "how many delegates?",
    );
    expect(next.reading).toBe(
      'Reading it as "how many delegates were at the Vranje Osogovo park board meeting?"',
    );
    expect(next.answer).toContain("60 delegates");
    expect(next.answer).not.toContain("80 delegates");
  });

  it("leaves a count of something else alone", () => {
    const next = followUp(
      withSixteenth,
      "where was the first osogovo park board meeting?",
      "how many rangers?",
    );
    expect(next.reading ?? "").not.toContain("board meeting");
  });
});
