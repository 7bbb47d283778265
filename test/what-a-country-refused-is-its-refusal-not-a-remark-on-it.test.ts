/**
 * "What did Norvik refuse?" asks what Norvik refused: "Lund called Norvik's refusal a mistake"
 * names the refusal only by its noun and never says what it was, so the fact that tells the
 * refusal itself answers ("Borg refused to include mackerel … while Norvik's quota dispute …
 * remains unresolved": Norvik named in a clause of its own after "while" is not the one refused).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-research-ship-talks", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel on a shared research ship",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      { id: "vessa", kind: "place", name: "Vessa", description: "The capital of Norvik" },
      {
        id: "ilse-borg",
        kind: "person",
        name: "Ilse Borg",
        description: "Norvik's Minister of Fisheries",
      },
      {
        id: "oskar-lund",
        kind: "person",
        name: "Oskar Lund",
        description: "Castel's Minister of the Marine",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-research-ship-talks-vessa",
        title: "Norvik–Castel research ship talks in Vessa",
        date: "2026-03-10",
        place: "Vessa",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
          ["ilse-borg", "led Norvik's delegation"],
          ["oskar-lund", "led Castel's delegation"],
        ],
        topics: ["research ship", "mackerel"],
        facts: [
          [
            "borg-refused-mackerel",
            "Castel wants the ship to survey mackerel, but Ilse Borg refused to include mackerel in the programme while Norvik's quota dispute over the stock remains unresolved.",
            ["ilse-borg", "norvik", "castel"],
          ],
          [
            "lund-called-refusal-a-mistake",
            "Oskar Lund called Norvik's refusal a mistake, saying a ship that may not count the most valuable fish is only half a ship.",
            ["oskar-lund", "norvik"],
          ],
          [
            "ship-agreed",
            "Norvik and Castel agreed in principle to build and share a fisheries research ship.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("what a country refused", () => {
  it("is told by the refusal itself, not by a remark on it", () => {
    const result = engine.answer("what did norvik refuse at the vessa talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("include mackerel");
    expect(result.answer).not.toContain("half a ship");
  });

  it("leaves the remark to a question about the remark", () => {
    const result = engine.answer("what did oskar lund call a mistake?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("half a ship");
  });
});
