/**
 * "How much gas does Norvik use per day in summer?" is not answered by "in winter Norvik uses about
 * 4.5 million cubic metres of gas a day": a figure of another season is another figure. The
 * season asked, or a fact that sets no season, still answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

function storeWith(statement: string): ReturnType<typeof engineFrom> {
  return engineFrom(
    madeUpStore("elm-gazette-water-use", {
      outlet: "Elm Gazette",
      title: "Water for Port Elm",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
      ],
      meetings: [
        {
          id: "2026-05-11-norvik-castel-water-talks",
          title: "Norvik–Castel water talks",
          date: "2026-05-11",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["water"],
          facts: [
            ["use", statement, ["norvik", "port-elm"]],
            ["repair", "The Norvik–Castel pipeline will be repaired in summer 2027.", ["norvik", "castel"]],
          ],
        },
      ],
    }),
  );
}

describe("a figure of another season does not answer the season asked", () => {
  it("does not answer summer with the winter figure", () => {
    const engine = storeWith(
      "In winter Norvik uses about 4.5 million cubic metres of gas a day, most of it for heating in Port Elm.",
    );
    const reply = engine.answer("how much gas does norvik use per day in summer");
    expect(reply.answer).not.toMatch(/4\.5 million/);
  });

  it("answers with the figure of the season asked", () => {
    const engine = storeWith(
      "In summer Norvik uses about 1.5 million cubic metres of gas a day, most of it for power in Port Elm.",
    );
    expect(engine.answer("how much gas does norvik use per day in summer").answer).toMatch(/1\.5 million/);
  });
});
