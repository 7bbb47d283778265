/**
 * "How many people died in the floods?" is not answered by "3,400 houses were flooded": a figure
 * written with thousands ("3,400", read as "3" and "400") counts the thing after its last group,
 * here houses, not people. A figure of the people asked still answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) =>
  engineFrom(
    madeUpStore("elm-gazette-floods", {
      outlet: "Elm Gazette",
      title: "Counting the flood damage",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel("A country on the Elm river"),
        { id: "port-elm", kind: "place", name: "Port Elm", description: "A river town in Norvik" },
        { id: "vessa", kind: "place", name: "Vessa", description: "A river town in Castel" },
        { id: "ana-brell", kind: "person", name: "Ana Brell", description: "Mayor of Port Elm" },
      ],
      meetings: [
        {
          id: "2026-05-11-norvik-castel-flood-talks",
          title: "Norvik–Castel flood talks",
          date: "2026-05-11",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["floods", "levees"],
          facts,
        },
      ],
    }),
  );

const houses: [string, string, string[]] = [
  "houses",
  "Ana Brell said 3,400 houses in Port Elm were flooded in 2019.",
  ["ana-brell", "port-elm"],
];

describe("a figure written with thousands counts what follows it", () => {
  it("does not answer how many people died with a number of houses", () => {
    const levees: [string, string, string[]] = [
      "levees",
      "Norvik and Castel agreed to raise the levees of the Elm river, where two people died in 2021.",
      ["norvik", "castel"],
    ];
    const answer = story([houses, levees]).answer("how many people died in port elm in the 2019 floods?");
    expect(answer.answer).not.toMatch(/3,400/);
  });

  it("answers with a number of the people asked", () => {
    const engine = story([houses, ["deaths", "Twelve people died in Vessa in the 2019 floods.", ["vessa"]]]);
    expect(engine.answer("how many people died in vessa in the 2019 floods?").answer).toMatch(/Twelve/);
  });
});
