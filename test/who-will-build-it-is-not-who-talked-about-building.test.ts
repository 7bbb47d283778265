/**
 * "Who will build the Elm bridge?" is answered by the firm that will build it, not by a minister
 * who said something about building ("would rather open it late than build on bad rock"): the one a
 * fact names first is the speaker, not the doer of what was said. A speaker's words that name the
 * doer ("said Kora Works would train …") still answer. And "what time is it in Port Elm?" asks a
 * time on the clock, which "a few hours at a time" does not tell.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

type MadeUpFact = [string, string, string[]];

const store = (withBuilder: boolean) =>
  engineFrom(
    madeUpStore(`elm-gazette-elm-bridge-${withBuilder ? "builder" : "talk"}`, {
      outlet: "Elm Gazette",
      title: "The Elm bridge",
      date: "2026-11-19",
      entities: [
        ...norvikAndCastel(),
        {
          id: "elm-bridge",
          kind: "organization",
          name: "Elm bridge",
          description: "Road bridge planned between Norvik and Castel",
        },
        {
          id: "brunn-works",
          kind: "organization",
          name: "Brunn Works",
          description: "Construction firm from Norvik",
        },
        {
          id: "kora-works",
          kind: "organization",
          name: "Kora Works",
          description: "Training company from Castel",
        },
        {
          id: "ida-marn",
          kind: "person",
          name: "Ida Marn",
          description: "Transport minister of Norvik",
        },
      ],
      meetings: [
        {
          id: "2026-11-17-elm-bridge-talks",
          title: "Talks on the Elm bridge in Port Elm",
          date: "2026-11-17",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["bridge"],
          facts: [
            [
              "rock",
              "Ida Marn said the two countries would rather open the Elm bridge late than build on rock they do not trust.",
              ["ida-marn", "elm-bridge"],
            ],
            [
              "hours",
              "Ida Marn said the ferry crews have never worked the river for more than a few hours at a time.",
              ["ida-marn"],
            ],
            [
              "pilots",
              "Ida Marn said Kora Works would train 40 pilots for the Elm ferry.",
              ["ida-marn", "kora-works"],
            ],
            ...(withBuilder
              ? ([
                  [
                    "builder",
                    "Brunn Works will build the Elm bridge, Norvik and Castel decided on 17 November 2026.",
                    ["brunn-works", "elm-bridge", "norvik", "castel"],
                  ],
                ] as MadeUpFact[])
              : []),
          ],
        },
      ],
    }),
  );

describe("who will build it is not who talked about building", () => {
  it("answers who will build the bridge with the firm that will build it", () => {
    const result = store(true).answer("who will build the elm bridge?");
    expect(result.answer).toContain("Brunn Works");
    expect(store(true).answer("who's building the elm bridge").answer).toContain("Brunn Works");
  });

  it("does not name the minister who spoke of building as its builder", () => {
    const result = store(false).answer("who will build the elm bridge?");
    expect(result.answer).not.toMatch(/rather open/);
  });

  it("still answers with a doer that the speaker's words name", () => {
    const result = store(false).answer("who will train the pilots?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Kora Works");
  });

  it("refuses what time it is, which no fact tells", () => {
    const result = store(true).answer("what time is it in port elm rn");
    expect(result.answered).toBe(false);
    expect(result.answer).not.toMatch(/at a time/);
  });
});
