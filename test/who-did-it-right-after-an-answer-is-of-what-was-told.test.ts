/**
 * "Who said no?" right after the answer about what Velmar asked for at the signing: of the facts that
 * fit the question equally well (every refusal the store has), the one that shares the most names
 * with what the answer just told (the refusal of Velmar's request), not a refusal of something else
 * at another meeting of the story.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const PARTIES: [string, string][] = [
  ["norvia", "Party"],
  ["estmark", "Party"],
  ["velmar", "Party"],
];
const TOPICS = ["Kulla river ferry", "cross-river transport"];

const ferry = engineFrom(
  madeUpStore("kulla-ferry-refusals", {
    outlet: "Kulla Riverside News",
    title: "Norvia, Estmark and Velmar sign the Kulla ferry agreement",
    date: "2026-06-06",
    entities: [
      ...KULLA_NEIGHBOURS,
      {
        id: "kulla-ferry-agreement",
        kind: "initiative",
        name: "Kulla ferry agreement",
        description: "Agreement on a ferry across the Kulla, signed in Orsa in June 2026",
        aliases: ["ferry agreement"],
      },
    ],
    meetings: [
      {
        id: "2026-02-10-kulla-ferry-talks",
        title: "First round of the Kulla ferry talks in Kulla",
        date: "2026-02-10",
        place: "Harbour Hall, Kulla",
        participants: PARTIES,
        topics: TOPICS,
        facts: [
          [
            "estmark-refused-ports",
            "At the Kulla talks Estmark refused to give Norvian boats free access to its ports.",
            ["estmark", "norvia"],
          ],
        ],
      },
      {
        id: "2026-06-05-orsa-ferry-signing",
        title: "Signing of the Kulla ferry agreement in Orsa",
        date: "2026-06-05",
        place: "Town Hall, Orsa",
        participants: PARTIES,
        topics: TOPICS,
        facts: [
          [
            "signed",
            "On 5 June 2026 Norvia, Estmark and Velmar signed the Kulla ferry agreement in Orsa.",
            ["kulla-ferry-agreement", "norvia", "estmark", "velmar"],
          ],
          [
            "velmar-asked-dunmore",
            "Velmar asked for the Kulla ferry agreement to cover a stop at Dunmore as well.",
            ["velmar", "kulla-ferry-agreement", "dunmore"],
          ],
          [
            "dunmore-refused",
            "Norvia and Estmark refused Velmar's request to cover Dunmore, saying it would double the crossing time.",
            ["norvia", "estmark", "velmar", "dunmore"],
          ],
        ],
      },
    ],
  }),
);

describe("who did it, right after an answer", () => {
  it("is the refusal of what the answer told, not another meeting's refusal", () => {
    const first = "what did velmar ask for?";
    const before = askedIn(ferry, first);
    expect(before.answer).toContain("stop at Dunmore");
    const result = askedIn(ferry, "who said no?", first);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("refused Velmar's request");
    expect(result.answer).not.toContain("free access");
  });
});
