/**
 * "What kind of vessels will Norvik use for the joint patrols?" asks what kind: "eight vessels,
 * four from each country, will patrol" counts them and says whose, but not of what kind. A fact
 * that says what kind ("two offshore patrol vessels") answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) =>
  engineFrom(
    madeUpStore("elm-gazette-patrols", {
      outlet: "Elm Gazette",
      title: "Joint patrols",
      date: "2026-06-12",
      entities: norvikAndCastel(),
      meetings: [
        {
          id: "2026-06-11-norvik-castel-patrol-talks",
          title: "Norvik–Castel patrol talks",
          date: "2026-06-11",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["patrols", "fisheries"],
          facts,
        },
      ],
    }),
  );

const count: [string, string, string[]] = [
  "count",
  "Under the agreement eight vessels, four from each country, will take part in joint patrols of the Elm Sea.",
  ["norvik", "castel"],
];

/** Something else the patrols will use (the store knows the word). */
const radio: [string, string, string[]] = [
  "radio",
  "The joint patrols will use a shared radio network run from Port Elm.",
  ["norvik", "castel"],
];

describe("what kind asks for a kind, not a count", () => {
  it("does not answer what kind with a count", () => {
    expect(
      story([count, radio]).answer("what kind of vessels will norvik use for the joint patrols?").answer,
    ).not.toMatch(/eight vessels/);
  });

  it("answers with a fact that says what kind", () => {
    const engine = story([
      count,
      radio,
      ["kind", "Norvik will use two offshore patrol vessels for the joint patrols.", ["norvik"]],
    ]);
    expect(engine.answer("what kind of vessels will norvik use for the joint patrols?").answer).toMatch(
      /offshore patrol vessels/,
    );
  });
});
