/**
 * "And who chaired it?" right after "who hosted the Elm Sea commission meeting in Kolna?": what is
 * chaired is the body's meeting the question named, so the answer is the one who chaired that
 * meeting, not who chairs the commission in years to come. Asked after a question about the
 * commission itself, "who chairs it?" is still about the commission.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-sea-commission", {
    outlet: "Elm Sea Ledger",
    title: "Elm Sea commission meets in Kolna",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-commission",
        kind: "organization",
        name: "Elm Sea Fisheries Commission",
        aliases: ["Elm Sea commission"],
        description: "Joint Norvik–Castel commission on the Elm Sea's fisheries",
      },
      { id: "kolna", kind: "place", name: "Kolna", description: "Port town in Castel" },
      {
        id: "ines-varga",
        kind: "person",
        name: "Ines Varga",
        description: "Norvik's Deputy Minister of Fisheries",
      },
      { id: "tomas-ek", kind: "person", name: "Tomas Ek", description: "Castel's Minister of Fisheries" },
    ],
    meetings: [
      {
        id: "2026-11-18-elm-commission-kolna",
        title: "Third Elm Sea Fisheries Commission meeting in Kolna",
        date: "2026-11-18",
        place: "Kolna",
        participants: [
          ["castel", "host"],
          ["norvik", "participant"],
          ["ines-varga", "Norvik's Deputy Minister of Fisheries; chaired the meeting"],
          ["tomas-ek", "Castel's Minister of Fisheries; led Castel"],
        ],
        topics: ["fisheries"],
        facts: [
          [
            "kolna-hosted",
            "The Kolna meeting of the Elm Sea Fisheries Commission was hosted by Castel's Tomas Ek.",
            ["tomas-ek", "elm-commission", "kolna", "castel"],
          ],
          [
            "chair-rotation",
            "The chair of the Elm Sea Fisheries Commission will pass from Norvik to Castel in March 2027.",
            ["elm-commission", "norvik", "castel"],
          ],
          [
            "quota-agreed",
            "The commission agreed to cut the cod quota by 10 percent in 2027.",
            ["elm-commission"],
          ],
        ],
      },
    ],
  }),
);

describe("'who chaired it?' after a question about a body's meeting", () => {
  it("is about the meeting, whose chair is named", () => {
    const result = askedIn(
      engine,
      "and who chaired it?",
      "who hosted the elm sea commission meeting in kolna?",
    );
    expect(result.answer).toContain("Ines Varga");
    expect(result.reading).toContain("Kolna");
  });

  it("is still about the body after a question about the body itself", () => {
    const result = askedIn(engine, "who chairs it from 2027?", "what did the elm sea commission agree?");
    expect(result.reading ?? "").toContain("Elm Sea Fisheries Commission");
  });
});
