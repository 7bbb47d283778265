/**
 * "How many of the eight ships were Norvik's?": the question gives the whole (eight ships) and asks
 * for a part of it. The fact that only states the whole ("eight ships and 680 sailors are taking
 * part") is no answer, however the whole is written (in words or in digits), nor is a later
 * account that puts a new figure on the whole ("seven ships, not the eight announced"); the fact
 * that counts the part is ("Norvik sent five ships").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-grey-heron", {
    outlet: "Elm Gazette",
    title: "Grey Heron naval exercise ends",
    date: "2026-04-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "grey-heron",
        kind: "event",
        name: "Grey Heron 2026",
        description: "Joint Norvik–Castel naval exercise in the Elm Sea",
      },
    ],
    meetings: [
      {
        id: "2026-03-02-grey-heron",
        title: "Grey Heron 2026 naval exercise",
        date: "2026-03-02",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["naval exercise", "search and rescue"],
        facts: [
          [
            "whole",
            "Eight ships and 680 sailors are taking part in Grey Heron 2026.",
            ["grey-heron"],
            "2026-03-02",
            ["how many ships", "how many sailors"],
          ],
          [
            "norvik-ships",
            "Norvik sent five ships and 420 sailors to Grey Heron 2026.",
            ["norvik", "grey-heron"],
            "2026-03-02",
          ],
          [
            "castel-ships",
            "Castel sent three ships and 260 sailors to Grey Heron 2026.",
            ["castel", "grey-heron"],
            "2026-03-02",
          ],
          [
            "final-count",
            "The final report on Grey Heron 2026 counts seven ships and 650 sailors, not the eight ships and 680 sailors announced in March 2026.",
            ["grey-heron"],
            "2026-04-12",
          ],
        ],
      },
    ],
  }),
);

describe("a count of part of a stated whole is the part's own count", () => {
  it("answers with the part, the whole written in words", () => {
    const reply = engine.answer("how many of the eight ships were from Norvik?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain("five ships");
    expect(reply.answer).not.toMatch(/^Eight ships/);
  });

  it("answers with the part, the whole written in digits", () => {
    const reply = engine.answer("how many of the 8 ships were from Castel?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain("three ships");
  });

  it("does not answer with a later figure of the whole", () => {
    for (const question of [
      "how many of the 680 sailors were from Castel?",
      "how many of the eight ships did Castel send?",
    ]) {
      const reply = engine.answer(question);
      expect(reply.answer, question).not.toContain("final report");
      if (reply.answered) expect(reply.answer, question).toContain("Castel sent three ships");
    }
  });
});
