/**
 * "Who chaired the Tromsø meeting?" of "Ingrid Dahl, Norway's Minister of Fisheries, chaired the
 * Tromsø meeting …": the one who chaired is the person; "Norway's" only opens her title, so the
 * answer is not led by the country ("Norway. Ingrid Dahl, …") but by her.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tromso-fisheries-chair", {
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
        description: "Norway's Minister of Fisheries and Ocean Policy",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-tromso-stocks-meeting",
        title: "Tromsø meeting of the Joint Nordic Fish Stocks Committee",
        date: "2026-05-11",
        place: "Tromsø",
        participants: [["ingrid-dahl", "Norway's Minister of Fisheries and Ocean Policy"]],
        facts: [
          [
            "dahl-chaired",
            "Ingrid Dahl, Norway's Minister of Fisheries and Ocean Policy, chaired the Tromsø meeting of the Joint Nordic Fish Stocks Committee.",
            ["ingrid-dahl", "norway"],
          ],
        ],
      },
    ],
  }),
);

describe("a minister named with their country's title leads the answer to who chaired", () => {
  it("leads with the person, not the country whose title she holds", () => {
    const reply = askedIn(
      engine,
      "who chaired the tromsø meeting of the joint nordic fish stocks committee?",
    );
    expect(reply.answer).toMatch(/^Ingrid Dahl/);
  });
});
