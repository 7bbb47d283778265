/**
 * "What was the name of Tomas Berg's radio station?" asks for a name. "Tomas Berg's radio station
 * was shut down in 2023" tells of the station but not what it was called: a fact that says no name
 * beside the question's own (nor a country, a month or a currency's country) does not answer it.
 * A fact that gives the name still does.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norviaAndEstmark } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("korrin-press-release", {
    outlet: "Korrin Sound Herald",
    title: "Estmark frees a jailed broadcaster",
    date: "2026-07-02",
    entities: [
      ...norviaAndEstmark(),
      {
        id: "tomas-berg",
        kind: "person",
        name: "Tomas Berg",
        description: "Estmark broadcaster jailed in 2023 and freed on 30 June 2026",
      },
      {
        id: "ada-holm",
        kind: "person",
        name: "Ada Holm",
        description: "Estmark journalist",
      },
    ],
    meetings: [
      {
        id: "2026-06-30-berg-freed",
        title: "Estmark frees Tomas Berg",
        date: "2026-06-30",
        place: "Estmark",
        participants: [
          ["estmark", "freed him"],
          ["tomas-berg", "freed broadcaster"],
          ["ada-holm", "journalist"],
        ],
        topics: ["press freedom"],
        facts: [
          ["berg-station", "Tomas Berg's radio station was shut down in 2023.", ["tomas-berg"], null],
          [
            "holm-paper",
            "Ada Holm's newspaper, the Korrin Lantern, was closed in March 2024.",
            ["ada-holm"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a name asked needs a name in the fact", () => {
  it("does not answer the name of the station with a fact that only says it was shut", () => {
    expect(askedIn(engine, "what was the name of tomas berg's radio station").answered).toBe(false);
  });

  it("answers the name where the fact says it", () => {
    expect(askedIn(engine, "what was the name of ada holm's newspaper").answer).toMatch(/Korrin Lantern/);
  });
});
