/**
 * "Where?" right after "when will the Orsk River Committee meet next?", answered by "… the
 * committee will next meet in Veld in March 2027": one question word and nothing else asks that
 * detail of what was just told. When the fact told names the place, it answers, before the
 * previous question asked again with "where", which may find another fact's place (an earlier
 * plan to meet at the Orsk pier). A fact told that names no place, or only a country, leaves the
 * question to be read as the previous one asked again.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function riverCommittee(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Norvik takes the chair of the Orsk River Committee",
      date: "2026-11-20",
      entities: [
        ...norvikAndCastel(),
        {
          id: "river-committee",
          kind: "organization",
          name: "Orsk River Committee",
          description: "Joint Norvik–Castel committee that runs the Orsk river crossing",
        },
        { id: "veld", kind: "place", name: "Veld", description: "Capital of Castel" },
        { id: "orsk-pier", kind: "place", name: "Orsk pier", description: "Pier on the Orsk river" },
      ],
      meetings: [
        {
          id: "2026-11-18-orsk-river-committee",
          title: "Orsk River Committee meeting in Orsk",
          date: "2026-11-18",
          place: "Orsk",
          participants: NORVIK_AND_CASTEL,
          topics: ["river", "crossing"],
          facts,
        },
      ],
    }),
  );
}

const ASKED = "when will the orsk river committee meet next?";
const PIER: MadeUpMeeting["facts"][number] = [
  "next-at-the-pier",
  "The Orsk River Committee will meet next at the Orsk pier, where the crossing opens.",
  ["river-committee", "orsk-pier"],
  null,
];

describe("a bare 'where?' right after an answer", () => {
  it("is answered by the place the fact just told names", () => {
    const engine = riverCommittee("river-committee-next-place", [
      [
        "next-in-veld",
        "Norvik takes over the chair of the Orsk River Committee in January 2027, and the committee will next meet in Veld in March 2027.",
        ["norvik", "river-committee", "veld"],
      ],
      PIER,
    ]);
    expect(askedIn(engine, ASKED).answer).toContain("March 2027");
    const result = askedIn(engine, "where?", ASKED);
    expect(result.answered).toBe(true);
    expect(result.reading).toBe("Reading it as about what was just said");
    expect(result.answer).toContain("Veld");
  });

  it("is not answered by a country the fact told names, which is no place it says", () => {
    const engine = riverCommittee("river-committee-next-country", [
      [
        "next-in-castel",
        "Norvik takes over the chair of the Orsk River Committee in January 2027, and the committee will next meet in Castel in March 2027.",
        ["norvik", "castel", "river-committee"],
      ],
      PIER,
    ]);
    expect(askedIn(engine, ASKED).answer).toContain("March 2027");
    const result = askedIn(engine, "where?", ASKED);
    expect(result.reading).toBe('Reading it as "where will the orsk river committee meet next?"');
  });

  it("is the previous question asked again when the fact told names no place", () => {
    const engine = riverCommittee("river-committee-next-no-place", [
      [
        "next-in-march",
        "Norvik takes over the chair of the Orsk River Committee in January 2027, and the committee will next meet in March 2027.",
        ["norvik", "river-committee"],
      ],
      PIER,
    ]);
    expect(askedIn(engine, ASKED).answer).toContain("March 2027");
    const result = askedIn(engine, "where?", ASKED);
    expect(result.reading).toBe('Reading it as "where will the orsk river committee meet next?"');
    expect(result.answer).toContain("Orsk pier");
  });
});
