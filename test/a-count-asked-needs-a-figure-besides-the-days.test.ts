/**
 * "How many people were at the Port Elm round of the harbour talks?" is not answered by "the first
 * round was held in Port Elm on 24 and 25 March 2026": a count or a sum asked needs a figure
 * in the fact, and the days it is dated by are none. A share said in words ("by a fifth") is one.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-harbour-round", {
    outlet: "Elm Gazette",
    title: "The first round of the harbour talks",
    date: "2026-03-27",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
    ],
    meetings: [
      {
        id: "2026-03-25-norvik-castel-harbour-round",
        title: "First round of the Norvik–Castel harbour talks",
        date: "2026-03-25",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["harbour"],
        facts: [
          [
            "round",
            "The first round of the Norvik–Castel harbour talks was held at the Port Elm harbour office on 24 and 25 March 2026.",
            ["norvik", "castel", "port-elm"],
          ],
          [
            "fees",
            "Norvik and Castel agreed to cut harbour fees at Port Elm by a fifth.",
            ["norvik", "castel", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

describe("a count asked needs a figure besides the days", () => {
  it("does not count those who came with the days of the round", () => {
    const reply = engine.answer("how many people were at the port elm round of the harbour talks?");
    expect(reply.answered).toBe(false);
  });

  it("answers a cut said as a share in words", () => {
    expect(engine.answer("by how much will the harbour fees at port elm be cut?").answer).toMatch(/a fifth/);
  });
});
