/**
 * A why-question that has one country do what the store says another country of the same meeting
 * did ("why did Castel enter a reservation?" when Norvik entered it) is answered with the fact, as
 * a correction naming who did it. A fact merely filed under the country asked of ("the other
 * members did not object to Norvik's reservation") does not make the premise hold; a fact whose
 * sentence has that country do the act does.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-sea-charter-reservation", {
    outlet: "Elm Gazette",
    title: "Norvik enters a reservation to the sea charter",
    date: "2026-05-21",
    entities: [
      ...norvikAndCastel(),
      { id: "dalmor", kind: "country", name: "Dalmor", description: "A country on the Elm Sea" },
      {
        id: "elm-sea-charter",
        kind: "initiative",
        name: "Elm Sea Charter",
        description: "A charter of the Elm Sea states on fishing and rescue",
        aliases: ["sea charter"],
      },
    ],
    meetings: [
      {
        id: "2026-05-20-port-elm-charter-council",
        title: "Council of the Elm Sea Charter in Port Elm",
        date: "2026-05-20",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["dalmor", "participant"]],
        summary: "Norvik entered a reservation to the Elm Sea Charter; Dalmor signed its rescue annex.",
        topics: ["fisheries"],
        facts: [
          [
            "norvik-reservation",
            "Norvik entered a formal reservation to the Elm Sea Charter on detained fishermen.",
            ["norvik", "elm-sea-charter"],
          ],
          [
            "no-objection",
            "The other members did not object to Norvik's reservation, which leaves the rest of the Elm Sea Charter in force.",
            ["norvik", "castel", "dalmor", "elm-sea-charter"],
          ],
          [
            "dalmor-annex",
            "Dalmor signed the rescue annex of the Elm Sea Charter.",
            ["dalmor", "castel", "elm-sea-charter"],
          ],
          [
            "castel-annex",
            "Castel signed the rescue annex of the Elm Sea Charter as well.",
            ["castel", "elm-sea-charter"],
          ],
        ],
      },
    ],
  }),
);

describe("a premise with the wrong country, corrected with the one that did it", () => {
  it("names the country that entered the reservation when the question has another do it", () => {
    const result = engine.answer("why did Castel enter a reservation to the Elm Sea Charter?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(
      /^No — my sources name Norvik, not Castel: Norvik entered a formal reservation/,
    );
  });

  it("corrects nothing when a fact has the country asked of do the act itself", () => {
    const result = engine.answer("why did Castel sign the rescue annex of the Elm Sea Charter?");
    expect(result.answer ?? "").not.toMatch(/^No — my sources name/);
  });
});
