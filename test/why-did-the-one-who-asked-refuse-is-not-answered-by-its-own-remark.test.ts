/**
 * "Why did Norvia refuse to ban gill nets between Dunmore and the sea?" when the store says "Norvia asked Estmark
 * to ban gill nets on the Kulla, and Estmark refused": the refusal is Estmark's, named nearest
 * before it, not Norvia's, which asked; so what Norvia's minister said at that meeting is no reason
 * for a refusal of Norvia's, and is not given as one.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-nets", {
  outlet: "Kulla Courier",
  title: "Estmark refuses a gill net ban",
  date: "2026-10-14",
  entities: [
    ...KULLA_NEIGHBOURS,
    { id: "ana-brek", kind: "person", name: "Ana Brek", description: "Norvia's fisheries minister" },
  ],
  meetings: [
    {
      id: "2026-10-13-kulla-fisheries-dunmore",
      title: "Kulla fisheries session in Dunmore",
      date: "2026-10-13",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
        ["ana-brek", "Norvia's fisheries minister; led Norvia's delegation"],
      ],
      topics: ["gill nets", "fisheries"],
      facts: [
        [
          "nets-refused",
          "Norvia asked Estmark to ban gill nets on the Kulla between Dunmore and the sea, and Estmark refused.",
          ["norvia", "estmark", "dunmore"],
        ],
        [
          "brek-remark",
          "Ana Brek said the fishermen of Dunmore wait half a day to sell their catch because the market opens late.",
          ["ana-brek", "dunmore"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("why did the one who asked refuse is not answered by its own remark", () => {
  it("gives no remark of the asker's minister as the reason for a refusal that was another's", () => {
    const result = engine.answer("why did norvia refuse to ban gill nets between dunmore and the sea?");
    expect(result.answer).not.toContain("wait half a day");
  });
});
