/**
 * "Is X still …?" is answered by how things stood beside the account that changed it: a later
 * article's fact that retells an earlier month ("In March 2026 Estmark had demanded 60 percent")
 * is an earlier account, which the same article's new figure overtakes; the one "replaced" is
 * named after the change; a party that withdrew and then "returned to" a body went back on it; and
 * where the best fact is itself the change ("has been cancelled", "withdrew its loan"), the state
 * the question puts right after "still" ("going ahead", "financing") is what the change denies in
 * words of its own, so the two accounts together answer it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom, storesTogether } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, type MadeUpEntity, madeUpStore } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...KULLA_NEIGHBOURS,
  {
    id: "kulla-bridge",
    kind: "initiative",
    name: "Kulla bridge",
    description: "Road bridge over the Kulla between Norvia and Estmark",
  },
  {
    id: "kulla-bank",
    kind: "organization",
    name: "Kulla Development Bank",
    description: "Regional lender",
    aliases: ["KDB"],
  },
  {
    id: "kulla-council",
    kind: "organization",
    name: "Kulla bridge advisory council",
    description: "Council advising the Kulla bridge talks",
  },
  {
    id: "dunmore-steel-plant",
    kind: "initiative",
    name: "Dunmore steel plant",
    description: "Planned plant for the bridge girders at Dunmore",
  },
  {
    id: "ilse-marr",
    kind: "person",
    name: "Ilse Marr",
    description: "Commander of the Kulla river police until September 2026",
  },
  {
    id: "jon-arve",
    kind: "person",
    name: "Jon Arve",
    description: "Commander of the Kulla river police from September 2026",
  },
  {
    id: "kulla-river-police",
    kind: "organization",
    name: "Kulla river police",
    description: "Joint police force on the Kulla",
  },
];

const participants: [string, string][] = [
  ["norvia", "participant"],
  ["estmark", "participant"],
];

const first = madeUpStore("kulla-herald-bridge-talks", {
  outlet: "Kulla Herald",
  title: "Norvia and Estmark open talks on a Kulla bridge",
  date: "2026-03-12",
  entities,
  meetings: [
    {
      id: "2026-03-11-kulla-bridge-talks-dunmore",
      title: "Norvia–Estmark Kulla bridge talks in Dunmore",
      date: "2026-03-11",
      place: "Dunmore",
      participants,
      topics: ["bridge", "tolls"],
      facts: [
        [
          "estmark-asked-60",
          "At the Dunmore talks Estmark asked for 60 percent of the Kulla bridge toll revenue.",
          ["estmark", "kulla-bridge"],
        ],
        [
          "kdb-pledged",
          "The Kulla Development Bank is to lend 300 million euros for the Kulla bridge.",
          ["kulla-bank", "kulla-bridge"],
        ],
        [
          "velmar-withdrew",
          "Velmar withdrew from the Kulla bridge advisory council on 11 March 2026.",
          ["velmar", "kulla-council"],
        ],
        [
          "steel-plant-planned",
          "Norvia and Estmark plan to build a steel plant at Dunmore for the girders of the Kulla bridge.",
          ["dunmore-steel-plant", "dunmore", "kulla-bridge"],
        ],
        [
          "marr-commands",
          "Captain Ilse Marr has commanded the Kulla river police since 2021.",
          ["ilse-marr", "kulla-river-police"],
        ],
      ],
    },
  ],
});

const later = madeUpStore("estmark-post-bridge-treaty", {
  outlet: "Estmark Post",
  title: "Norvia and Estmark sign the Kulla bridge treaty",
  date: "2026-09-20",
  entities: [],
  meetings: [
    {
      id: "2026-09-18-kulla-bridge-treaty-signing",
      title: "Signing of the Kulla bridge treaty in Estmark",
      date: "2026-09-18",
      place: "Estmark",
      participants,
      topics: ["bridge", "tolls"],
      facts: [
        [
          "march-demand-recalled",
          "In March 2026 Estmark had demanded 60 percent of the Kulla bridge toll revenue.",
          ["estmark", "kulla-bridge"],
          null,
        ],
        [
          "toll-split-55-45",
          "Under the bridge treaty Estmark will receive 55 percent and Norvia 45 percent of the Kulla bridge toll revenue.",
          ["kulla-bridge", "estmark", "norvia"],
        ],
        [
          "kdb-withdrew",
          "The Kulla Development Bank withdrew its 300 million euro loan for the Kulla bridge.",
          ["kulla-bank", "kulla-bridge"],
        ],
        [
          "velmar-returned",
          "Velmar returned to the Kulla bridge advisory council in September 2026.",
          ["velmar", "kulla-council"],
        ],
        [
          "steel-plant-cancelled",
          "The planned steel plant at Dunmore has been cancelled.",
          ["dunmore-steel-plant", "dunmore"],
        ],
        [
          "arve-took-command",
          "Captain Jon Arve took command of the Kulla river police on 1 September 2026, replacing Captain Ilse Marr.",
          ["jon-arve", "kulla-river-police", "ilse-marr"],
        ],
      ],
    },
  ],
});

const engine = engineFrom(storesTogether(first, later));

describe("'still' set beside the account that changed it", () => {
  it("takes a later article's retelling of March as the earlier account, beside its new split", () => {
    const result = engine.answer("is estmark still demanding 60 percent of the kulla bridge tolls?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Earlier");
    expect(result.answer).toContain("55 percent");
  });

  it("tells that the bank withdrew its loan, beside the loan it was to make", () => {
    const result = engine.answer("is the kdb still financing the kulla bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("is to lend 300 million");
    expect(result.answer).toContain("withdrew its 300 million euro loan");
  });

  it("tells that a party that withdrew returned", () => {
    const result = engine.answer("is velmar still off the kulla bridge advisory council?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("returned to the Kulla bridge advisory council");
  });

  it("tells that the plant was cancelled, beside the plan for it", () => {
    const result = engine.answer("is the dunmore steel plant still going ahead?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("plan to build a steel plant");
    expect(result.answer).toContain("has been cancelled");
  });

  it("names who replaced the commander asked about", () => {
    const result = engine.answer("is ilse marr still head of the kulla river police?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Jon Arve");
  });

  it("does not answer for a party the change is not told of", () => {
    const result = engine.answer("is norvia still off the kulla bridge advisory council?");
    expect(result.answer).not.toContain("returned");
  });
});
