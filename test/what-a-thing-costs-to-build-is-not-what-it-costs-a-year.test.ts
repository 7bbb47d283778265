/**
 * "How much will the Port Elm border station cost to build?" is not answered by "a night shift at
 * the Port Elm border station … would cost about 1.9 million euros a year": a cost told per unit of time
 * is what something costs to run, not what the station costs to build once. Asked per year, it
 * answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-border-station", {
    outlet: "Elm Gazette",
    title: "Night trains between Norvik and Castel",
    date: "2026-11-05",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A border town in Norvik" },
      {
        id: "station",
        kind: "other",
        name: "Port Elm border station",
        description: "Joint Norvik–Castel border station for trains at Port Elm",
      },
      { id: "eva-lund", kind: "person", name: "Eva Lund", description: "Norvik's rail minister" },
    ],
    meetings: [
      {
        id: "2026-11-04-norvik-castel-rail-talks",
        title: "Norvik–Castel rail talks",
        date: "2026-11-04",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["night trains", "border station"],
        facts: [
          [
            "night-shift",
            "Eva Lund said a night shift at the Port Elm border station, to be built by 2028, would cost about 1.9 million euros a year.",
            ["eva-lund", "station"],
          ],
          [
            "night-train",
            "Norvik and Castel agreed in Port Elm to run a night train from March 2027.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("what a thing costs to build is not what it costs a year", () => {
  it("does not answer the building cost with a yearly cost", () => {
    const answer = engine.answer("how much will the port elm border station cost to build?");
    expect(answer.answer).not.toMatch(/1\.9 million/);
  });

  it("answers what the night shift costs a year", () => {
    expect(engine.answer("how much would the night shift at the border station cost a year?").answer).toMatch(
      /1\.9 million/,
    );
  });
});
