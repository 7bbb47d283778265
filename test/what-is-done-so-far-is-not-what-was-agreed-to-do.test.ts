/**
 * "How many kilometres have been raised so far?" asks what is done by now ("so far", "already",
 * "to date", "yet"): an agreement to do it ("agreed on 10 March 2026 to raise the levees along 74
 * kilometres") or what would be done ("33 kilometres would be raised") does not say so. A fact that
 * says it was done answers; without "so far", the plan still answers what was agreed, and so does
 * it what has not been done yet (a negated question asks what is still to come).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) =>
  engineFrom(
    madeUpStore("elm-gazette-levees-raised", {
      outlet: "Elm Gazette",
      title: "Raising the Elm levees",
      date: "2026-03-12",
      entities: [
        ...norvikAndCastel("A country on the Elm river"),
        { id: "elm", kind: "place", name: "Elm", description: "A river between Norvik and Castel" },
      ],
      meetings: [
        {
          id: "2026-03-10-norvik-castel-levee-talks",
          title: "Norvik–Castel levee talks",
          date: "2026-03-10",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["levees", "floods"],
          facts,
        },
      ],
    }),
  );

const agreed: [string, string, string[]] = [
  "agreed",
  "Norvik and Castel agreed on 10 March 2026 to raise the levees along a 74-kilometre stretch of the Elm river.",
  ["norvik", "castel", "elm"],
];
const would: [string, string, string[]] = [
  "would",
  "Under the plan, 33 kilometres of levee would be raised on the Norvik bank of the Elm.",
  ["norvik", "elm"],
];

describe("what is done so far is not what was agreed to do", () => {
  it("does not answer what is done by now with an agreement or a plan", () => {
    const engine = story([agreed, would]);
    for (const question of [
      "how many kilometres of elm levee have been raised so far?",
      "how many kilometres of elm levee have already been raised?",
    ]) {
      expect(engine.answer(question).answered, question).toBe(false);
    }
  });

  it("answers with a fact that says it was done", () => {
    const engine = story([
      agreed,
      would,
      ["done", "By November 2026, 12 kilometres of levee had been raised on the Elm.", ["elm"]],
    ]);
    expect(engine.answer("how many kilometres of elm levee have already been raised?").answer).toMatch(/12/);
  });

  it("still answers what was agreed with the agreement", () => {
    const engine = story([agreed, would]);
    expect(
      engine.answer("how many kilometres of elm levee did norvik and castel agree to raise?").answer,
    ).toMatch(/74/);
  });
});
