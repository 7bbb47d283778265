/**
 * "How *big* is the herring cap?": an adjective the store never uses, that names no thing and no
 * act, says how the question is put, not what it asks about, so it costs a fact no more than one
 * word missed. A noun the store never uses ("the *lagoon* catch cap", "the *finance* minister")
 * still names exactly what the store has no fact about, and a verb ("still *docked*") the act asked:
 * those weigh as before, and the engine still refuses.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

/** A made-up article: two countries' herring accord, its catch cap and who signed it. */
const engine = engineFrom(
  madeUpStore("elm-gazette-herring-accord", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel cap the herring catch",
    date: "2026-04-02",
    entities: [
      ...norvikAndCastel("A coastal country", "A coastal country"),
      {
        id: "port-elm-accord",
        kind: "initiative",
        name: "Port Elm Accord",
        description: "A herring fishing accord between Norvik and Castel",
      },
      {
        id: "petra-lund",
        kind: "person",
        name: "Petra Lund",
        description: "Minister of Fisheries of Norvik",
        aliases: ["Lund"],
      },
    ],
    meetings: [
      {
        id: "2026-04-01-port-elm-herring-talks",
        title: "Norvik–Castel herring talks in Port Elm",
        date: "2026-04-01",
        place: "Port Elm",
        participants: [
          ["petra-lund", "Minister of Fisheries of Norvik"],
          ["castel", "participant"],
        ],
        summary: "Norvik and Castel signed an accord capping the herring catch.",
        topics: ["fisheries"],
        facts: [
          [
            "herring-cap",
            "The Port Elm Accord sets a joint catch cap of 310,000 tonnes of herring for 2027.",
            ["port-elm-accord"],
          ],
          [
            "accord-signed",
            "On 1 April 2026 the fisheries ministers of Norvik and Castel signed the Port Elm Accord.",
            ["norvik", "castel", "port-elm-accord"],
          ],
          [
            "lund-quotas",
            "Petra Lund said the accord gives Norvik's fishermen a framework they have lacked for twenty years.",
            ["petra-lund", "norvik", "port-elm-accord"],
          ],
        ],
      },
    ],
  }),
);

describe("a manner word the store never uses", () => {
  it("answers 'how big' with the figure, though no article says 'big'", () => {
    const result = engine.answer("how big is the herring catch cap for 2027?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("310,000 tonnes");
  });

  it("still refuses when a noun the store lacks names what is asked ('the lagoon catch cap')", () => {
    expect(engine.answer("how big is the lagoon herring catch cap for 2027?").answered).toBe(false);
  });

  it("still refuses when the thing asked is a noun the store lacks ('the finance minister')", () => {
    expect(engine.answer("what did the Norvik finance minister say about the accord?").answered).toBe(false);
  });

  it("still refuses when the act asked is a verb the store lacks ('still docked')", () => {
    expect(engine.answer("are Norvik's fishermen still docked?").answered).toBe(false);
    // The same question with an act the store tells is answered.
    const told = engine.answer("are Norvik's fishermen still lacking a framework?");
    expect(told.answered).toBe(true);
    expect(told.answer).toContain("lacked for twenty years");
  });
});
