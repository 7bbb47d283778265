/**
 * "What is still not settled about the Orre plant after the Vessa meeting?": of what the meeting
 * left open, what names the plant ("the plant's operator has still not been chosen", a choice not
 * made), not what it left open about the aircraft pool. Asked of the meeting alone, both.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-water-and-fire", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel on water and fire",
    date: "2026-11-13",
    entities: [
      ...norvikAndCastel(),
      { id: "vessa", kind: "place", name: "Vessa", description: "A port town in Norvik" },
      {
        id: "orre-plant",
        kind: "initiative",
        name: "Orre desalination plant",
        description: "A desalination plant Norvik and Castel plan to build at Orre",
        aliases: ["Orre plant"],
      },
    ],
    meetings: [
      {
        id: "2026-11-12-water-and-fire-committee-vessa",
        title: "Meeting of the Norvik–Castel Water and Fire Committee in Vessa",
        date: "2026-11-12",
        place: "Vessa",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["desalination", "aircraft pool"],
        facts: [
          [
            "aircraft-basing-open",
            "Castel had not yet decided whether its two aircraft would stay at Vessa for the whole season.",
            ["castel"],
          ],
          [
            "orre-operator-not-chosen",
            "The Orre plant's operator has still not been chosen; the committee will launch a tender in 2027.",
            ["orre-plant"],
          ],
        ],
      },
    ],
  }),
);

describe("what was left open about a thing", () => {
  it("is what the meeting left open that names the thing", () => {
    const result = engine.answer("what is still not settled about the orre plant after the vessa meeting?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("operator");
    expect(result.answer).not.toContain("aircraft");
  });

  it("is everything left open when no thing is named", () => {
    const result = engine.answer("what was left open at the vessa meeting?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("aircraft");
    expect(result.answer).toContain("operator");
  });
});
