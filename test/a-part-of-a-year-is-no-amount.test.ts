/**
 * "How much is the first tender worth?" asks an amount: "to be published in the first half of 2027"
 * says when, and its "half" is a part of a year, not a share of anything. A fact with a sum answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) =>
  engineFrom(
    madeUpStore("elm-gazette-levee-tenders", {
      outlet: "Elm Gazette",
      title: "Levee tenders",
      date: "2026-05-12",
      entities: [
        { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm river" },
        {
          id: "elm-levees",
          kind: "initiative",
          name: "Elm levee programme",
          description: "Raising the levees of the Elm river",
          aliases: ["Elm levees"],
        },
      ],
      meetings: [
        {
          id: "2026-05-11-norvik-levee-talks",
          title: "Norvik levee talks",
          date: "2026-05-11",
          place: "Port Elm",
          participants: [["norvik", "host"]],
          topics: ["levees"],
          facts,
        },
      ],
    }),
  );

describe("a part of a year is no amount", () => {
  it("does not answer how much a tender is worth with when it is published", () => {
    const engine = story([
      [
        "tenders",
        "Tenders for the first sections of the Elm levees are to be published in the first half of 2027.",
        ["elm-levees"],
      ],
    ]);
    expect(engine.answer("how much is the first elm levee tender worth?").answered).toBe(false);
  });

  it("answers with a sum the fact gives", () => {
    const engine = story([
      [
        "tenders",
        "The first tender for the Elm levees is worth 14 million euros and will be published in the first half of 2027.",
        ["elm-levees"],
      ],
    ]);
    expect(engine.answer("how much is the first elm levee tender worth?").answer).toMatch(/14 million/);
  });
});
