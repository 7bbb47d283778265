/**
 * "Anyway, when did Castel join the park?": "anyway" with a comma (or a stop) only says a new
 * question starts, like "ok different question,". It is not part of the question, even in a store
 * whose quotes use the word, where it would otherwise stay as an aside the store knows and count
 * against every fact; and nothing of the conversation before is carried over.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-park-anyway", {
    outlet: "Elm Gazette",
    title: "Castel joins the Elm park",
    date: "2026-11-19",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      {
        id: "elm-park",
        kind: "initiative",
        name: "Elm Park",
        description: "Joint national park on the Elm hills",
      },
      { id: "ida-marn", kind: "person", name: "Ida Marn", description: "Norvik's Minister of Environment" },
    ],
    meetings: [
      {
        id: "2026-11-18-elm-park-vessa",
        title: "Castel joins the Elm Park in Vessa",
        date: "2026-11-18",
        place: "Vessa",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
          ["ida-marn", "host"],
        ],
        topics: ["park"],
        facts: [
          ["castel-joined", "On 18 November 2026 Castel joined the Elm Park.", ["castel", "elm-park"]],
          [
            "marn-quote",
            "Ida Marn said the park would have opened its gates anyway, with or without its neighbours.",
            ["ida-marn", "elm-park"],
          ],
          ["rangers", "The Elm Park has 48 rangers.", ["elm-park"]],
        ],
      },
    ],
  }),
);

describe("'anyway,' opens a new question", () => {
  it("is left out of the question, though the store has the word", () => {
    const result = engine.answer("anyway, when did castel join the elm park?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("18 November 2026");
  });

  it("after another question, carries nothing over", () => {
    const result = askedIn(
      engine,
      "anyway. when did castel join the elm park?",
      "how many rangers does the park have?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("18 November 2026");
    expect(result.reading).toBeUndefined();
  });
});
