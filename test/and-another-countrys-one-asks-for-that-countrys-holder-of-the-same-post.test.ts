/**
 * "And the Swedish one?" after "who led Norway's delegation at the Tromsø talks?": "one" stands for
 * the delegation's leader the question asked of Norway, so it asks who led Sweden's delegation at
 * the same talks, not who led Norway's at some "Swedish talks".
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tromso-delegations", {
    outlet: "Arctic Courier",
    title: "Norway and Sweden meet on shared fish stocks in Tromsø",
    date: "2026-05-12",
    entities: [
      { id: "norway", kind: "country", name: "Norway", description: "Nordic country" },
      { id: "sweden", kind: "country", name: "Sweden", description: "Nordic country" },
      {
        id: "ingrid-dahl",
        kind: "person",
        name: "Ingrid Dahl",
        description: "Norway's Director of Fisheries",
      },
      {
        id: "lars-ek",
        kind: "person",
        name: "Lars Ek",
        description: "Sweden's Director of Marine Resources",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-tromso-stocks-talks",
        title: "Tromsø talks on shared herring stocks",
        date: "2026-05-11",
        place: "Tromsø",
        participants: [
          ["ingrid-dahl", "Norway's Director of Fisheries"],
          ["lars-ek", "Sweden's Director of Marine Resources"],
        ],
        facts: [
          [
            "dahl-led",
            "Ingrid Dahl, Norway's Director of Fisheries, led the Norwegian delegation at the Tromsø herring talks.",
            ["ingrid-dahl", "norway"],
          ],
          [
            "ek-led",
            "Lars Ek, Sweden's Director of Marine Resources, led the Swedish delegation at the Tromsø herring talks.",
            ["lars-ek", "sweden"],
          ],
        ],
      },
    ],
  }),
);

describe("and another country's one asks for that country's holder of the same post", () => {
  it("asks who led the other country's delegation at the same talks", () => {
    const reply = askedIn(
      engine,
      "and the swedish one?",
      "who led norway's delegation at the tromsø herring talks",
    );
    expect(reply.answer).toMatch(/Lars Ek/);
    expect(reply.answer).not.toMatch(/Ingrid Dahl/);
  });
});
