/**
 * "Is Ilse Marr still chair of the Elm Sea Fisheries Board?" when the store says both "Ilse Marr had
 * been chair of the board since 2019" and "Tomas Vell took over the board …, replacing Professor Ilse
 * Marr": the title written before her name does not hide that the post was handed over from her, and
 * the handover is the answer, not the post she held.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-sea-gazette-board-chair", {
    outlet: "Elm Sea Gazette",
    title: "A new chair for the Elm Sea Fisheries Board",
    date: "2026-05-06",
    entities: [
      ...norvikAndCastel(),
      {
        id: "fisheries-board",
        kind: "organization",
        name: "Elm Sea Fisheries Board",
        description: "Joint fisheries board of Norvik and Castel",
      },
      { id: "ilse-marr", kind: "person", name: "Ilse Marr", description: "Norvik marine economist" },
      { id: "tomas-vell", kind: "person", name: "Tomas Vell", description: "Castel fisheries scientist" },
    ],
    meetings: [
      {
        id: "2026-05-03-fisheries-board-session",
        title: "Elm Sea Fisheries Board session in Castelmar",
        date: "2026-05-03",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["fisheries", "chair"],
        facts: [
          [
            "marr-held",
            "Ilse Marr had been chair of the Elm Sea Fisheries Board since 2019.",
            ["ilse-marr", "fisheries-board"],
          ],
          [
            "vell-elected",
            "Dr. Tomas Vell took over the Elm Sea Fisheries Board on 3 May 2026, replacing Professor Ilse Marr.",
            ["tomas-vell", "fisheries-board", "ilse-marr"],
          ],
        ],
      },
    ],
  }),
);

describe("a handover away from someone named with a title still answers whether they hold the post", () => {
  it("answers with the one who took over from her", () => {
    const result = engine.answer("is ilse marr still chair of the elm sea fisheries board?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Tomas Vell");
  });
});
