/**
 * "When does Castel take over the commission's chair?" is answered by "Castel will take over the
 * rotating chair of the Elm Sea Coast and Fisheries Commission from Norvik on 1 January 2027": the "over" of "take over"
 * is the verb's own particle, not a clause ("the row over …") told beside the act. And "when does
 * Ida Holm become chair of the panel?" is answered by "Per Lund will hand the chair of the panel to
 * Ida Holm on 1 January 2027": the one asked is handed the post. The one handing it on did not begin
 * then.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-chair", {
    outlet: "Elm Gazette",
    title: "The Elm Sea Commission rotates its chair",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-sea-commission",
        kind: "organization",
        name: "Elm Sea Coast and Fisheries Commission",
        description: "A joint commission of Norvik and Castel",
        aliases: ["ESC"],
      },
      {
        id: "elm-buoy-panel",
        kind: "organization",
        name: "Elm Buoy Panel",
        description: "A joint panel of Norvik and Castel that counts wave buoys",
      },
      {
        id: "ida-holm",
        kind: "person",
        name: "Ida Holm",
        description: "Deputy director of Castel's Sea Office",
      },
      {
        id: "per-lund",
        kind: "person",
        name: "Per Lund",
        description: "A Norvik hydrologist who chairs the Elm Buoy Panel",
      },
    ],
    meetings: [
      {
        id: "2026-11-17-elm-sea-commission-session",
        title: "Elm Sea Commission session",
        date: "2026-11-17",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["chair", "sea"],
        facts: [
          [
            "castel-chair-2027",
            "The commission agreed that Castel will take over the rotating chair of the Elm Sea Coast and Fisheries Commission from Norvik on 1 January 2027.",
            ["castel", "norvik", "elm-sea-commission"],
          ],
          [
            "panel-chair-to-holm",
            "Per Lund will hand the chair of the Elm Buoy Panel to Ida Holm on 1 January 2027, under a rotation agreed at the session.",
            ["per-lund", "ida-holm", "elm-buoy-panel"],
          ],
          [
            "lund-became-chair",
            "Per Lund became chair of the Elm Buoy Panel when it was set up in 2024.",
            ["per-lund", "elm-buoy-panel"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a chair taken over on a day says when it begins", () => {
  it("answers when a country takes over the chair with the day it does", () => {
    const result = engine.answer("when does castel take over the esc chair?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 January 2027");
  });

  it("answers when someone becomes chair from the handing of the chair to them", () => {
    const result = engine.answer("when does ida holm become chair of the elm buoy panel?");

    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 January 2027");
  });

  it("dates the start of the one who hands the chair on by his own start, not the handing on", () => {
    const result = engine.answer("when did per lund become chair of the elm buoy panel?");
    expect(result.answer).toContain("2024");
    expect(result.answer).not.toContain("1 January 2027");
  });
});
