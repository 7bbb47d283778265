/**
 * "What did the Castelian official say at Kolna Castle?" asks what one of Castel's people said: a
 * fact in which only a Norvik minister speaks ("Ada Berg, who chaired the session, said Castel's
 * request would be decided later") tells what someone else said, however many of the question's
 * words it has. What the Castelian official said is still the answer, and so is what Ada Berg said
 * when the Norvik minister is asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL } from "./support/made-up-store.ts";

function store(withCastelQuote: boolean): string {
  return madeUpStore(withCastelQuote ? "kolna-castle" : "kolna-castle-one", {
    outlet: "Kolna Ledger",
    title: "Castel asks to join the Kolna gauge network",
    date: "2026-11-06",
    entities: [
      {
        id: "norvik",
        kind: "country",
        name: "Norvik",
        description: "A country on the Elm Sea",
        aliases: ["Norvikian"],
      },
      {
        id: "castel",
        kind: "country",
        name: "Castel",
        description: "A neighbouring country",
        aliases: ["Castelian"],
      },
      {
        id: "ada-berg",
        kind: "person",
        name: "Ada Berg",
        description: "Norvik's Minister of Water; chaired the Kolna Castle session",
      },
      {
        id: "luc-moreau",
        kind: "person",
        name: "Luc Moreau",
        description: "Castel's Deputy Minister of Water",
      },
      { id: "gauges", kind: "initiative", name: "Kolna gauge network", description: "Shared river gauges" },
    ],
    meetings: [
      {
        id: "2026-11-04-kolna-castle",
        title: "Kolna gauge network session at Kolna Castle",
        date: "2026-11-04",
        place: "Kolna Castle",
        participants: NORVIK_AND_CASTEL,
        topics: ["river gauges"],
        facts: [
          [
            "berg-said",
            "Ada Berg, who chaired the Kolna Castle session, said Castel's request to join the gauge network would be decided once the gauges are built.",
            ["ada-berg", "castel", "gauges"],
          ],
          ...(withCastelQuote
            ? ([
                [
                  "moreau-said",
                  "Luc Moreau said a flood reaches Castel's towns in less than a day, so Castel needs the gauge readings at once.",
                  ["luc-moreau", "castel", "gauges"],
                ],
              ] as [string, string, string[]][])
            : []),
        ],
      },
    ],
  });
}

describe("what a country's official said is not told by another country's people", () => {
  it("does not answer with what a Norvik minister said", () => {
    const engine = engineFrom(store(false));
    expect(engine.answer("what did the castelian official say at kolna castle?").answered).toBe(false);
  });

  it("answers with what the Castelian official said", () => {
    const engine = engineFrom(store(true));
    expect(engine.answer("what did the castelian official say at kolna castle?").answer).toContain(
      "Luc Moreau",
    );
  });

  it("still answers what the Norvik minister said", () => {
    const engine = engineFrom(store(false));
    expect(engine.answer("what did the norvikian minister say at kolna castle?").answer).toContain(
      "Ada Berg",
    );
  });
});
