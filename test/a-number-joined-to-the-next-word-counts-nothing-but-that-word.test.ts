/**
 * "How many officials did Castel send to the harbour talks?" is not answered by "sent a delegation to
 * the three-way harbour talks": a number joined by a hyphen to the word after it makes that word's
 * adjective ("three-way", "a 40-metre pier"), it counts no officials. Joined to the thing asked ("a
 * 12-member delegation" for "how many members"), it still counts it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-three-way-talks", {
    outlet: "Elm Gazette",
    title: "Castel joins the Elm harbour talks",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
    ],
    meetings: [
      {
        id: "2026-05-11-elm-harbour-talks",
        title: "Elm harbour talks",
        date: "2026-05-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["harbour"],
        facts: [
          [
            "delegation",
            "Castel sent a delegation to the three-way harbour talks in Port Elm, led by its Deputy Minister of Fisheries.",
            ["castel", "port-elm"],
          ],
          [
            "members",
            "Norvik sent a 12-member delegation to the harbour talks in Port Elm.",
            ["norvik", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

describe("a number joined to the next word counts nothing but that word", () => {
  it("does not count officials with a three-way meeting", () => {
    const reply = engine.answer("how many officials did castel send to the harbour talks in port elm?");
    expect(reply.answer).not.toMatch(/three-way/);
  });

  it("still counts the thing the number is joined to", () => {
    expect(
      engine.answer("how many members did norvik's delegation to the harbour talks have?").answer,
    ).toMatch(/12-member/);
  });
});
