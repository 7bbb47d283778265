/**
 * "When was the treaty originally supposed to be signed?": of facts that answer it about equally, a
 * later article's fact that says it tells the first plan ("had originally been due to be signed …
 * on 18 June 2026") is the first account as the story tells it, before an earlier article's fact
 * that only says the signing was put off.
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
    id: "kulla-fishing-treaty",
    kind: "initiative",
    name: "Kulla fishing treaty",
    description: "Treaty on fishing in the Kulla between Norvia and Estmark",
  },
];
const participants: [string, string][] = [
  ["norvia", "participant"],
  ["estmark", "participant"],
];

const june = madeUpStore("kulla-courier-signing-put-off", {
  outlet: "Kulla Courier",
  title: "Kulla treaty signing put off",
  date: "2026-06-20",
  entities,
  meetings: [
    {
      id: "2026-06-19-kulla-talks-velmar",
      title: "Norvia–Estmark talks on the Kulla fishing treaty",
      date: "2026-06-19",
      place: "Dunmore",
      participants,
      topics: ["fishing", "treaty"],
      facts: [
        [
          "signing-put-off",
          "The Kulla fishing treaty due to be signed in Dunmore in June 2026 was put off after a dispute over eel quotas.",
          ["kulla-fishing-treaty", "norvia", "estmark"],
        ],
      ],
    },
  ],
});

const october = madeUpStore("estmark-post-treaty-signed", {
  outlet: "Estmark Post",
  title: "Kulla fishing treaty signed",
  date: "2026-10-16",
  entities: [],
  meetings: [
    {
      id: "2026-10-15-kulla-treaty-signing",
      title: "Signing of the Kulla fishing treaty",
      date: "2026-10-15",
      place: "Estmark",
      participants,
      topics: ["fishing", "treaty"],
      facts: [
        [
          "originally-18-june",
          "The Kulla fishing treaty had originally been due to be signed in Dunmore on 18 June 2026.",
          ["kulla-fishing-treaty"],
          null,
        ],
        [
          "signed-october",
          "Norvia and Estmark signed the Kulla fishing treaty on 15 October 2026.",
          ["kulla-fishing-treaty", "norvia", "estmark"],
        ],
      ],
    },
  ],
});

const both = mkdtempSync(join(tmpdir(), "attache-originally-"));
for (const dir of [june, october]) {
  for (const folder of readdirSync(dir)) cpSync(join(dir, folder), join(both, folder), { recursive: true });
}
afterAll(() => rmSync(both, { recursive: true, force: true }));
const engine = engineFrom(both);

describe("'originally' is answered by the fact told as the first plan", () => {
  it("gives the day the treaty had originally been due to be signed", () => {
    const result = engine.answer("when was the kulla fishing treaty originally supposed to be signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("18 June 2026");
  });
});
