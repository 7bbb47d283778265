/**
 * "Why did Norvia refuse to take Estmark's medical students at the Dunmore meeting?" when Norvia
 * refused at the Aldport round and, at Dunmore, agreed to take ten: the question asks of the Dunmore
 * meeting, so only its facts settle the premise, and agreeing to take them there is no refusal.
 * Asked of no meeting, the earlier refusal still confirms the premise and nothing is corrected.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-students", {
  outlet: "Kulla Courier",
  title: "Norvia takes Estmark's medical students after all",
  date: "2026-11-20",
  entities: [
    ...KULLA_NEIGHBOURS,
    { id: "aldport", kind: "place", name: "Aldport", description: "Port town in Norvia" },
    {
      id: "kulla-student-exchange",
      kind: "initiative",
      name: "Kulla student exchange",
      description: "Fee-free university exchange between Norvia and Estmark",
    },
  ],
  meetings: [
    {
      id: "2026-03-10-kulla-students-aldport",
      title: "First round of the Kulla student exchange talks in Aldport",
      date: "2026-03-10",
      place: "Aldport",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["students"],
      facts: [
        [
          "aldport-refused",
          "At the Aldport talks Estmark asked for medical students to be included in the exchange, but Norvia refused to take them because its hospitals are full.",
          ["norvia", "estmark", "kulla-student-exchange", "aldport"],
        ],
      ],
    },
    {
      id: "2026-11-18-kulla-students-dunmore",
      title: "Meeting of Norvia and Estmark in Dunmore choosing the first exchange students",
      date: "2026-11-18",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["students"],
      facts: [
        [
          "dunmore-agreed",
          "In Dunmore Norvia agreed to take 10 Estmark medical students a year from 2028.",
          ["norvia", "estmark", "kulla-student-exchange", "dunmore"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a refusal asked of a later meeting is corrected by what was agreed there", () => {
  it("corrects the refusal asked of the Dunmore meeting with the agreement made there", () => {
    const result = engine.answer(
      "why did norvia refuse to take estmark's medical students at the dunmore meeting?",
    );
    expect(result.answer).toContain("did not refuse");
    expect(result.answer).toContain("agreed to take 10 Estmark medical students");
  });

  it("does not correct the refusal when no meeting is asked of", () => {
    const result = engine.answer("why did norvia refuse to take estmark's medical students?");
    expect(result.answer).not.toContain("did not refuse");
  });
});
