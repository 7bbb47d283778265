/**
 * "Who runs the cable car?" is answered only by a fact that names someone who could do it: "the
 * cable car will run from the old harbour of Port Elm" has the verb and a place, but nothing in it
 * runs anything. Such a fact
 * gives way to the next that names a doer, else the question is refused; a passive names its doer
 * after "by", and a word for a person or a group ("the owners") is a doer too.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

/** A made-up article: an island's ferry and cable car, and who runs what. */
const engine = engineFrom(
  madeUpStore("elm-gazette-skarra-transport", {
    outlet: "Elm Gazette",
    title: "Skarra gets a ferry and a cable car",
    date: "2026-04-02",
    entities: [
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A port town", aliases: [] },
      {
        id: "skarra-ferry",
        kind: "other",
        name: "Skarra ferry",
        description: "Ferry to Skarra",
        aliases: [],
      },
      {
        id: "skarra-cable-car",
        kind: "other",
        name: "Skarra cable car",
        description: "Cable car on Skarra",
        aliases: [],
      },
      {
        id: "elm-sea-lines",
        kind: "organization",
        name: "Elm Sea Lines",
        description: "A shipping company",
        aliases: [],
      },
      {
        id: "ida-berne",
        kind: "person",
        name: "Ida Berne",
        description: "Mayor of Port Elm",
        aliases: ["Berne"],
      },
    ],
    meetings: [
      {
        id: "2026-04-01-skarra-transport-talks",
        title: "Skarra transport talks in Port Elm",
        date: "2026-04-01",
        place: "Port Elm",
        participants: [["ida-berne", "Mayor of Port Elm"]],
        summary: "Port Elm set out the Skarra ferry and cable car plans.",
        topics: ["transport"],
        facts: [
          ["ferry-twice-weekly", "The Skarra ferry will run twice a week from June 2026.", ["skarra-ferry"]],
          [
            "ferry-run-by-lines",
            "The Skarra ferry is run by Elm Sea Lines.",
            ["skarra-ferry", "elm-sea-lines"],
          ],
          [
            "cable-car-may",
            "The Skarra cable car will run from the old harbour of Port Elm from May 2027.",
            ["skarra-cable-car", "port-elm"],
          ],
          [
            "talks-opened-by-berne",
            "The Skarra transport talks were opened by the mayor of Port Elm, Ida Berne.",
            ["ida-berne", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

describe("a who-question needs a fact that names someone who did it", () => {
  it("refuses 'who runs it?' when the only fact has the verb with nothing that runs anything", () => {
    const result = engine.answer("who will run the skarra cable car?");
    expect(result.answered).toBe(false);
  });

  it("answers with the fact that names who runs it, not the one where it merely runs", () => {
    const result = engine.answer("who runs the skarra ferry?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Elm Sea Lines");
  });

  it("takes the doer a passive names after 'by'", () => {
    const result = engine.answer("who opened the skarra transport talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ida Berne");
  });
});
