/**
 * "How much is the Dunmore bridge expected to cost now?": "expected to" says the figure asked is the
 * one reckoned, which an estimate gives in its own words ("the estimated cost rose to 236 million");
 * it is no thing whose cost is asked, and no word a fact must repeat.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, type MadeUpEntity, madeUpStore } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...KULLA_NEIGHBOURS,
  {
    id: "dunmore-bridge",
    kind: "initiative",
    name: "Dunmore bridge",
    description: "Road bridge over the Kulla at Dunmore",
  },
];
const participants: [string, string][] = [
  ["norvia", "participant"],
  ["estmark", "participant"],
];
const march = madeUpStore("kulla-courier-bridge-cost", {
  outlet: "Kulla Courier",
  title: "A bridge at Dunmore",
  date: "2026-03-06",
  entities,
  meetings: [
    {
      id: "2026-03-05-dunmore-bridge-talks",
      title: "Norvia–Estmark talks on the Dunmore bridge",
      date: "2026-03-05",
      place: "Dunmore",
      participants,
      topics: ["bridge", "cost"],
      facts: [
        [
          "cost-180",
          "The Dunmore bridge was estimated in March 2026 to cost 180 million euros.",
          ["dunmore-bridge"],
        ],
      ],
    },
  ],
});
const november = madeUpStore("estmark-post-bridge-cost", {
  outlet: "Estmark Post",
  title: "The Dunmore bridge costs more",
  date: "2026-11-20",
  entities: [],
  meetings: [
    {
      id: "2026-11-19-dunmore-bridge-review",
      title: "Norvia–Estmark review of the Dunmore bridge",
      date: "2026-11-19",
      place: "Estmark",
      participants,
      topics: ["bridge", "cost"],
      facts: [
        [
          "cost-236",
          "The Dunmore bridge's estimated cost rose from 180 million to 236 million euros, mainly to add a backup power plant.",
          ["dunmore-bridge"],
        ],
      ],
    },
  ],
});
const both = mkdtempSync(join(tmpdir(), "attache-expected-cost-"));
for (const dir of [march, november]) {
  for (const folder of readdirSync(dir)) cpSync(join(dir, folder), join(both, folder), { recursive: true });
}
afterAll(() => rmSync(both, { recursive: true, force: true }));
const engine = engineFrom(both);

describe("'expected to cost' asks the figure reckoned", () => {
  it("answers with the newest estimate", () => {
    const result = engine.answer("how much is the dunmore bridge expected to cost now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("236 million");
  });
});
