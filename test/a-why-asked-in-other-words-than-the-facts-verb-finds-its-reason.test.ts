/**
 * "Why did Castel pull out of the Elm cable?" where the store says "Castel withdrew from the Elm
 * cable, saying …": a why-question's two-word verb is met by what WordNet says it means in any of
 * its senses (to pull out of an obligation is to withdraw), and "why was the opening pushed to
 * 2029?" asks why it was postponed. The reason must still be the fact's own: a fact that tells the
 * withdrawal with no reason, or the reason of another act, does not answer, and a why-question of
 * an act the store gives no reason for stays refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-cable-bridge", {
    outlet: "Elm Gazette",
    title: "Castel leaves the cable, the bridge opens later",
    date: "2026-09-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-cable",
        kind: "initiative",
        name: "Elm cable",
        description: "A sea cable between Norvik and Castel",
        aliases: ["cable"],
      },
      {
        id: "elm-ferry-fund",
        kind: "initiative",
        name: "Elm ferry fund",
        description: "A fund for ferries between Norvik and Castel",
        aliases: ["ferry fund"],
      },
      {
        id: "tarn-bridge",
        kind: "initiative",
        name: "Tarn bridge",
        description: "A road bridge over the Tarn between Norvik and Castel",
        aliases: [],
      },
    ],
    meetings: [
      {
        id: "2026-09-19-norvik-castel-talks",
        title: "Norvik–Castel talks",
        date: "2026-09-19",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["cables", "bridges"],
        facts: [
          [
            "castel-withdrew-cable",
            "Castel withdrew from the Elm cable on 3 September 2026, saying it could no longer pay its share after a fall in fish exports.",
            ["castel", "elm-cable"],
            null,
            ["withdrew", "pulled out", "cable", "why"],
          ],
          [
            "norvik-withdrew-ferry-fund",
            "Norvik withdrew from the Elm ferry fund on 5 September 2026.",
            ["norvik", "elm-ferry-fund"],
            null,
            ["withdrew", "ferry fund"],
          ],
          [
            "tarn-bridge-opening-moved",
            "The Tarn bridge will now open in May 2029 instead of November 2028, because divers found an old wreck where the piers were to stand.",
            ["tarn-bridge"],
            null,
            ["opening", "delay", "postponed", "why"],
          ],
        ],
      },
    ],
  }),
);

describe("a why asked in other words than the fact's verb finds its reason", () => {
  it("answers why Castel pulled out of the cable with the withdrawal's own reason", () => {
    const result = engine.answer("why did castel pull out of the elm cable?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/fall in fish exports/);
  });

  it("answers the pair asked by its one word as before", () => {
    expect(engine.answer("why did castel withdraw from the elm cable?").answer).toMatch(/fish exports/);
  });

  it("does not answer why Norvik pulled out of the ferry fund with a withdrawal that gives no reason", () => {
    const result = engine.answer("why did norvik pull out of the ferry fund?");
    expect(result.answer).not.toMatch(/5 September/);
    expect(result.answer).not.toMatch(/fish exports/);
  });

  it("reads a thing pushed to a later year as put off, and gives why", () => {
    const result = engine.answer("why was the opening of the tarn bridge pushed to 2029?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/old wreck/);
  });

  it("does not read pushing someone to agree as putting off", () => {
    const result = engine.answer("why was castel pushed to agree on the cable?");
    expect(result.answer).not.toMatch(/old wreck/);
  });
});
