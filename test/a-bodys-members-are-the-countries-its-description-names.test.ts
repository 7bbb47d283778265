/**
 * "Which countries are in the Velmar Lakes Council now?", "which countries sit on the VLC?": a
 * body's members are its own, as the store describes it ("set up by Norvia and Estmark …; Lirac
 * joined …"), not the parties of one of its meetings; a country said to have withdrawn is one no
 * longer. A body whose description names fewer than two countries is answered from the facts.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, velmarShores } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("velmar-courier-lakes-council", {
    outlet: "Velmar Courier",
    title: "Lirac joins the Velmar Lakes Council",
    date: "2026-11-21",
    entities: [
      ...velmarShores(),
      { id: "lirac", kind: "country", name: "Lirac", description: "Country upstream of the Velmar lakes" },
      { id: "tarsh", kind: "country", name: "Tarsh", description: "Country downstream of the Velmar lakes" },
      {
        id: "velmar-lakes-council",
        kind: "organization",
        name: "Velmar Lakes Council",
        description:
          "Joint council set up by Norvia and Estmark in January 2026 to clean up the Velmar lakes; Lirac joined on 18 November 2026; Tarsh joined in March and withdrew in October 2026",
        aliases: ["VLC"],
      },
      {
        id: "velmar-fish-board",
        kind: "organization",
        name: "Velmar Fish Board",
        description: "Board with four member states that sets fishing quotas on the Velmar lakes",
      },
      { id: "tessa-varn", kind: "person", name: "Tessa Varn", description: "Norvia's Minister of Water" },
    ],
    meetings: [
      {
        id: "2026-11-18-velmar-council-meeting",
        title: "Velmar Lakes Council meeting in Velmar Town",
        date: "2026-11-18",
        place: "Velmar Town",
        participants: [
          ["tessa-varn", "Norvia's Minister of Water; chaired the meeting"],
          ["norvia", "host"],
          ["velmar-lakes-council", "convener"],
        ],
        topics: ["Velmar lakes"],
        facts: [
          [
            "lirac-joined",
            "Lirac joined the Velmar Lakes Council on 18 November 2026 at a meeting in Velmar Town chaired by Tessa Varn.",
            ["lirac", "velmar-lakes-council", "tessa-varn"],
          ],
          [
            "stations",
            "The Velmar Lakes Council said all twelve monitoring stations on the lakes now work.",
            ["velmar-lakes-council"],
          ],
          [
            "fish-quotas",
            "The Velmar Fish Board cut fishing quotas on the Velmar lakes by a fifth.",
            ["velmar-fish-board"],
          ],
        ],
      },
    ],
  }),
);

describe("a body's members are the countries its description names", () => {
  it("lists every member the description names, the one that joined last too", () => {
    const result = askedIn(engine, "which countries are in the velmar lakes council now?");
    expect(result.answered).toBe(true);
    for (const name of ["Norvia", "Estmark", "Lirac"]) expect(result.answer).toContain(name);
    expect(result.answer).toMatch(/^The members of Velmar Lakes Council/);
  });

  it("asks by its short name and another verb of belonging", () => {
    const result = askedIn(engine, "which countries sit on the VLC?");
    for (const name of ["Norvia", "Estmark", "Lirac"]) expect(result.answer).toContain(name);
  });

  it("leaves out a country the description says withdrew", () => {
    const result = askedIn(engine, "which countries are members of the velmar lakes council?");
    expect(result.answer).toMatch(
      /^The members of Velmar Lakes Council, as my sources describe it: Norvia, Estmark and Lirac\./,
    );
  });

  it("does not make a list of a body whose description names no members", () => {
    const result = askedIn(engine, "which countries are in the velmar fish board?");
    expect(result.answer).not.toMatch(/^The members of/);
  });
});
