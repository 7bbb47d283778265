/**
 * "What did Castel announce at the Vessa talks?" may go unanswered, yet it named the meeting it was
 * set at: "who was there?" after it means that meeting, as it would after an answer. A meeting named
 * only to say when ("after the Vessa talks") is not where the question was set, and is not kept.
 * Every surface keeps a conversation's turns by one rule (`turnToKeep`): an answer's turn, or a
 * refusal's that still names something (names, a meeting); a refusal that named nothing leaves the
 * turn before.
 */
import { describe, expect, it } from "vitest";
import { turnToKeep } from "../src/engine/conversation.ts";
import type { AnswerResult, DialogueTurn } from "../src/engine/schema.ts";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-vessa-talks", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel talk trade in Vessa",
    date: "2026-05-13",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      { id: "ida-marn", kind: "person", name: "Ida Marn", description: "Norvik's Minister of Trade" },
      { id: "oskar-vell", kind: "person", name: "Oskar Vell", description: "Castel's Minister of Trade" },
    ],
    meetings: [
      {
        id: "2026-05-12-trade-talks-vessa",
        title: "Norvik–Castel trade talks in Vessa",
        date: "2026-05-12",
        place: "Vessa",
        participants: [
          ["ida-marn", "Minister of Trade of Norvik (host)"],
          ["oskar-vell", "Minister of Trade of Castel"],
        ],
        topics: ["trade", "tariffs"],
        facts: [
          [
            "tariff-cut",
            "Norvik and Castel agreed in Vessa to cut tariffs on fish by half.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a refused question set at a meeting", () => {
  it("is refused, but keeps the meeting for what comes next", () => {
    const refused = engine.answer("what did castel announce at the vessa talks?");
    expect(refused.answered).toBe(false);
    expect(refused.turn?.event).toBe("2026-05-12-trade-talks-vessa");
    const result = askedIn(engine, "who was there?", "what did castel announce at the vessa talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Oskar Vell");
    expect(result.answer).toContain("Ida Marn");
  });

  it("does not keep a meeting named only to say when", () => {
    const refused = engine.answer("when will the ministers meet again after the vessa talks?");
    expect(refused.answered).toBe(false);
    expect(refused.turn?.event).toBeUndefined();
  });
});

describe("the turn a conversation keeps", () => {
  const before: DialogueTurn = {
    question: "who is ida marn?",
    mentions: [],
    entities: ["ida-marn"],
    facts: [],
  };
  const refusal = (turn: DialogueTurn): AnswerResult => ({
    answered: false,
    answer: "I don't have a fact about that.",
    confidence: 0,
    facts: [],
    suggestions: [],
    turn,
  });

  it("is a refusal's own when it names a meeting", () => {
    const turn: DialogueTurn = { question: "q", mentions: [], entities: [], event: "e", facts: [] };
    expect(turnToKeep(refusal(turn), before)).toBe(turn);
  });

  it("is the one before when the refusal names nothing", () => {
    const turn: DialogueTurn = { question: "q", mentions: [], entities: [], facts: [] };
    expect(turnToKeep(refusal(turn), before)).toBe(before);
  });
});
