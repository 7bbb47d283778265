/**
 * "Who signed the Elm treaty?" when each party's minister signed it for their own country ("Ana
 * Brell signed the Elm treaty for Norvik", "Tom Orsan, Castel's transport minister, signed it for
 * Castel") is answered with both of them: one who did it for one party the question does not name
 * says others did it for theirs. Neither "the treaty was signed … at a meeting of the Elm
 * Commission hosted by Norvik" (the "by" is the hosting's, so the signing has no doer) nor an
 * observer who "attended the Port Elm signing" (an event, no act) is one of them.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-treaty-signing", {
    outlet: "Elm Gazette",
    title: "The Elm treaty is signed",
    date: "2026-08-21",
    entities: [
      ...norvikAndCastel("A country on the Elm river"),
      { id: "velia", kind: "country", name: "Velia", description: "A country upstream" },
      {
        id: "elm-commission",
        kind: "organization",
        name: "Elm Commission",
        description: "The binational body that runs the Elm tunnel",
      },
      {
        id: "elm-treaty",
        kind: "initiative",
        name: "Elm treaty",
        description: "Treaty to build a road tunnel under the Elm hills",
      },
      {
        id: "ana-brell",
        kind: "person",
        name: "Ana Brell",
        description: "Norvik's Minister of Public Works",
      },
      { id: "tom-orsan", kind: "person", name: "Tom Orsan", description: "Castel's Minister of Transport" },
      { id: "ida-marn", kind: "person", name: "Ida Marn", description: "Velia's Vice-Minister of Transport" },
    ],
    meetings: [
      {
        id: "2026-08-19-elm-treaty-signing",
        title: "Signing of the Elm treaty in Port Elm",
        date: "2026-08-19",
        place: "Port Elm",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
          ["velia", "observer"],
        ],
        topics: ["tunnel", "treaty"],
        facts: [
          [
            "signed-where",
            "The Elm treaty was signed on 19 August 2026 at the town hall in Port Elm, at a meeting of the Elm Commission hosted by Norvik.",
            ["elm-treaty", "elm-commission", "norvik"],
          ],
          ["brell", "Ana Brell signed the Elm treaty for Norvik.", ["ana-brell", "elm-treaty", "norvik"]],
          [
            "orsan",
            "Tom Orsan, Castel's Minister of Transport, signed the Elm treaty for Castel.",
            ["tom-orsan", "castel", "elm-treaty"],
          ],
          [
            "marn",
            "Ida Marn, Velia's Vice-Minister of Transport, who attended the Port Elm signing as an observer, said Velia was disappointed.",
            ["ida-marn", "velia"],
          ],
        ],
      },
    ],
  }),
);

describe("who signed a treaty each party signed for", () => {
  it("names every one who signed it for a party", () => {
    const answer = engine.answer("who signed the elm treaty?").answer;
    expect(answer).toMatch(/Ana Brell/);
    expect(answer).toMatch(/Tom Orsan/);
  });

  it("names neither the body whose meeting it was nor an observer at the signing", () => {
    const answer = engine.answer("who signed the elm treaty?").answer;
    expect(answer).not.toMatch(/^Elm Commission/);
    expect(answer).not.toMatch(/Ida Marn/);
  });
});
