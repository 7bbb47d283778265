/**
 * "What's the operator's name?" asks a name as "what is the name of the operator?" does: "run by a
 * private operator" says there is one, not who. "Why was Rask the one who signed the deal?" asks
 * Rask's reason: a fact of the meeting that names Rask neither itself nor through a description
 * ("the ministers agreed to sign a framework agreement …") gives none of his.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kolna-toll", {
    outlet: "Port Sella Courier",
    title: "Veloria and Norland plan a road toll and a causeway",
    date: "2026-03-04",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Country north of Veloria" },
      { id: "kolna", kind: "place", name: "Kolna", description: "Port city of Norland" },
      {
        id: "kolna-causeway",
        kind: "initiative",
        name: "Kolna Causeway",
        description: "Planned causeway between Veloria and Norland",
      },
      {
        id: "pell-rask",
        kind: "person",
        name: "Pell Rask",
        description: "Minister of Transport of Norland",
      },
      {
        id: "ivo-marant",
        kind: "person",
        name: "Ivo Marant",
        description: "Minister of Transport of Veloria",
      },
      {
        id: "veloria-roads",
        kind: "organization",
        name: "Veloria Roads",
        description: "Company that collects Veloria's road charge",
      },
    ],
    meetings: [
      {
        id: "2026-03-02-kolna",
        title: "Veloria–Norland transport talks in Kolna",
        date: "2026-03-02",
        place: "Kolna",
        participants: [
          ["pell-rask", "host"],
          ["ivo-marant", "guest"],
        ],
        topics: ["toll", "causeway"],
        facts: [
          [
            "norland-charge",
            "Norland's road charge for trucks is run by a private operator under a contract that does not end until 2028.",
            ["norland"],
          ],
          [
            "veloria-charge",
            "Veloria's road charge for trucks is run by Veloria Roads, a state company.",
            ["veloria", "veloria-roads"],
          ],
          [
            "causeway-plan",
            "The ministers agreed to sign a framework agreement in Kolna in May 2026, to invite construction bids in 2027 and to build the Kolna Causeway between 2027 and 2031.",
            ["veloria", "norland", "kolna-causeway", "kolna"],
          ],
          [
            "marant-reason",
            "Ivo Marant said Veloria would pay for the causeway's bridge because its trucks would use it most.",
            ["ivo-marant", "veloria", "kolna-causeway"],
          ],
        ],
      },
    ],
  }),
);

describe("a name or a reason asked of someone needs a fact that names them", () => {
  it("does not take 'a private operator' for the operator's name", () => {
    const answer = engine.answer("what's the name of the operator of norland's road charge?");
    expect(answer.answered).toBe(false);
    const possessive = engine.answer("what's the operator's name for norland's road charge?");
    expect(possessive.answered).toBe(false);
  });

  it("still names the company a fact names", () => {
    expect(engine.answer("who runs the road charge in veloria?").answer).toContain("Veloria Roads");
    expect(engine.answer("what's the name of the operator of veloria's road charge?").answer).toContain(
      "Veloria Roads",
    );
  });

  it("does not give a person's reason from a fact that never names them", () => {
    expect(engine.answer("why was pell rask the one who signed the kolna causeway deal?").answered).toBe(
      false,
    );
  });

  it("still gives the reason of the person the fact names", () => {
    expect(engine.answer("why will ivo marant's country pay for the causeway's bridge?").answer).toMatch(
      /trucks would use it most/,
    );
  });
});
