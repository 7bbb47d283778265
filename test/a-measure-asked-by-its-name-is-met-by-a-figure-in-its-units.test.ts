/**
 * "What voltage will the line run at?", "how much electricity can the line move?", "how deep must the
 * piles go?": a question that names a measure (a voltage, power, weight, area or age; "how deep" by
 * its comparative too) is met by a fact that states a figure of it, in its units and without the
 * word ("the 330-kilovolt line", "its capacity, 900 megawatts", "soft clay much deeper than
 * expected, so the piles … 38 metres"); the verb of motion it is asked with ("move") is met by the
 * same figure. A fact that already has a word for the measure ("power sales … 200 megawatts" for
 * "electricity") is met only as closely as that word is, and a measure the store never gives stays
 * refused. (The voltage and electricity cases are measured on the dev store, d48; in this small store
 * they are still refused, for a reason not yet traced.)
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("velm-line-measures", {
    outlet: "Velm Courier",
    title: "Norvia and Castelia agree on the Velm–Brea power line and a new bridge",
    date: "2026-09-12",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country upstream" },
      { id: "castelia", kind: "country", name: "Castelia", description: "Country downstream" },
      { id: "velm", kind: "place", name: "Velm", description: "Town in Norvia" },
      { id: "brea", kind: "place", name: "Brea", description: "Town in Castelia" },
      {
        id: "velm-line",
        kind: "initiative",
        name: "Velm–Brea transmission line",
        description: "High voltage power line from the Velm dam to a new substation at Brea",
        aliases: ["Velm–Brea line", "Velm-Brea line"],
      },
    ],
    meetings: [
      {
        id: "2026-09-11-velm-talks",
        title: "Norvia–Castelia power and bridge talks in Velm",
        date: "2026-09-11",
        place: "Velm",
        participants: [
          ["norvia", "host"],
          ["castelia", "participant"],
        ],
        topics: ["power line", "bridge"],
        facts: [
          [
            "line-voltage",
            "The 330-kilovolt Velm–Brea line would carry power from the Velm dam to a new substation at Brea.",
            ["velm-line", "velm", "brea"],
          ],
          [
            "line-capacity",
            "The capacity of the Velm–Brea line, 900 megawatts, is unchanged.",
            ["velm", "brea"],
          ],
          [
            "line-start",
            "Norvia and Castelia agreed on 11 September 2026 to build a new high-voltage power line from Velm to Brea.",
            ["norvia", "castelia", "velm", "brea"],
          ],
          ["demand", "Castelia's electricity demand grows by about 5 percent a year.", ["castelia"]],
          [
            "power-sales",
            "Norvia will raise its power sales to Castelia to 200 megawatts from June 2027.",
            ["norvia", "castelia"],
          ],
          [
            "bridge-piles",
            "Soil tests on the Brea bank found soft clay much deeper than expected, so the piles of the Velm–Brea bridge there must be driven 38 metres into the ground.",
            ["velm", "brea"],
          ],
        ],
      },
    ],
  }),
);

describe("a measure asked by its name is met by a figure in its units", () => {
  it("answers how deep piles go with a comparative and a figure", () => {
    const result = engine.answer("how deep do the velm–brea bridge piles on the brea side have to go?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("38 metres");
  });

  it("does not answer a buyer's imports with another country's sales in megawatts", () => {
    const result = engine.answer("how much electricity does castelia import from velm?");
    expect(result.answer).not.toContain("200 megawatts");
  });

  it("refuses a measure the store never gives", () => {
    expect(engine.answer("how heavy are the velm–brea bridge piles?").answered).toBe(false);
    expect(engine.answer("what is the weight of the velm–brea line's pylons?").answered).toBe(false);
  });
});
