/**
 * "Who have headed the Norvik placement agency?": the plural "have" right after "who" asks for
 * everyone who did it, as "who were" does, so the handover and the earlier head's own fact are
 * listed together, not only the shortest fact about the new head's former job. "Who has headed
 * it?" and "who heads it now?" still ask for one.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("norvik-labour-wire", {
    outlet: "Norvik Labour Wire",
    title: "A new head for the placement agency",
    date: "2026-10-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "placement-agency",
        kind: "organization",
        name: "Norvik Placement Agency",
        description: "State body of Norvik that recruits seasonal workers",
      },
      {
        id: "ida-varn",
        kind: "person",
        name: "Ida Varn",
        description: "Head of the Norvik Placement Agency since 1 September 2026, replacing Olle Brask",
      },
      {
        id: "olle-brask",
        kind: "person",
        name: "Olle Brask",
        description: "Head of the Norvik Placement Agency from 2022 until 1 September 2026",
      },
    ],
    meetings: [
      {
        id: "2026-10-13-labour-committee",
        title: "Norvik–Castel labour committee in Vesk",
        date: "2026-10-13",
        place: "Vesk",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        facts: [
          [
            "brask-said",
            "Olle Brask, head of the Norvik Placement Agency since 2022, said 9,000 people had asked to register.",
            ["olle-brask", "placement-agency"],
          ],
          [
            "varn-replaces",
            "Ida Varn took over as head of the Norvik Placement Agency on 1 September 2026, replacing Olle Brask.",
            ["ida-varn", "placement-agency", "olle-brask"],
            "2026-09-01",
          ],
          [
            "varn-before",
            "Ida Varn was previously the Norvik Placement Agency's director of overseas placement.",
            ["ida-varn", "placement-agency"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a who-have question lists everyone who did it", () => {
  it("lists both heads of the agency", () => {
    const result = engine.answer("who have headed the norvik placement agency?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Olle Brask");
    expect(result.answer).toContain("Ida Varn");
    expect(result.answer).toContain("took over as head");
  });

  it("still answers who heads it now with the one head", () => {
    const result = engine.answer("who heads the norvik placement agency now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ida Varn");
  });

  it("still refuses the heads of an agency the store does not know", () => {
    expect(engine.answer("who have headed the castel pension fund?").answered).toBe(false);
  });
});
