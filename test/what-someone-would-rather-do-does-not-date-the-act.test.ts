/**
 * "Why did the Kulla ferry service start in June?" when the store only has a minister saying in
 * July that Norvia "would rather start it late than start it badly": what someone would do is no
 * act done, so it does not date the start ("No — my sources date it …"); the question is refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-ferry", {
  outlet: "Kulla Courier",
  title: "Kulla ferry service not ready",
  date: "2026-07-22",
  entities: [
    ...KULLA_NEIGHBOURS,
    {
      id: "kulla-ferry-service",
      kind: "initiative",
      name: "Kulla ferry service",
      description: "Planned ferry service between Norvia and Estmark",
    },
    { id: "ana-brek", kind: "person", name: "Ana Brek", description: "Norvia's transport minister" },
  ],
  meetings: [
    {
      id: "2026-07-21-kulla-ferry-dunmore",
      title: "Kulla ferry talks in Dunmore",
      date: "2026-07-21",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["ferry"],
      facts: [
        [
          "not-ready",
          "Ana Brek said the Kulla ferry service is not ready and Norvia would rather start it late than start it badly.",
          ["ana-brek", "norvia", "kulla-ferry-service"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("what someone would rather do does not date the act", () => {
  it("does not correct the month asked with a remark on starting late", () => {
    const result = engine.answer("why did the kulla ferry service start in june?");
    expect(result.answer).not.toContain("my sources date it");
  });
});
