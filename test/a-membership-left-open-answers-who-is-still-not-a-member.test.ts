/**
 * "Which country is still not a full member of the commission?" asks for a matter not settled, and
 * "whether Castel will become a full member … was left open" says so, with no "not" in it: a matter
 * left unsettled (or a decision put off) is as much a denial as "did not join" would be.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-river-commission-membership", {
    outlet: "Elm Gazette",
    title: "River commission meets in Port Elm",
    date: "2026-06-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-river-commission",
        kind: "organization",
        name: "Elm River Flood Commission",
        description: "A commission of Norvik and Castel on floods of the Elm river",
        aliases: ["river commission", "flood commission"],
      },
    ],
    meetings: [
      {
        id: "2026-06-11-elm-river-commission",
        title: "Elm River Flood Commission meeting",
        date: "2026-06-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["floods"],
        facts: [
          [
            "castel-membership-open",
            "Whether Castel will become a full member of the Elm River Flood Commission was left open in June 2026.",
            ["castel", "elm-river-commission"],
          ],
          [
            "commission-dredging",
            "The Elm River Flood Commission agreed to dredge the lower Elm river in 2027.",
            ["norvik", "castel", "elm-river-commission"],
          ],
        ],
      },
    ],
  }),
);

describe("a membership left open answers who is still not a member", () => {
  it("names the country whose full membership was left open", () => {
    const result = engine.answer(
      "which country is still not a full member of the elm river flood commission?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Castel/);
  });
});
