/**
 * "When was the replanting supposed to start? — and now?" where the later article says "will not
 * start on 15 November 2026 as planned" and, in another sentence, "planting … is now due to begin
 * in December 2027": the later side is the day it is now due, not the sentence that only says the
 * first day is off.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A forest country", "Norvik's creditor"),
  {
    id: "lorn-forest",
    kind: "place",
    name: "Lorn Forest Reserve",
    description: "Forest reserve in Norvik replanted under the debt swap with Castel",
  },
  {
    id: "lorn-trust",
    kind: "organization",
    name: "Lorn Restoration Trust",
    description: "Trust set up by Norvik to replant and guard the Lorn Forest Reserve",
  },
];
const article = norvikCastelStory("Lorn Ledger", "lorn-payment", entities, ["debt", "forest"]);

const first = article("lorn-payment", "2026-07-09", {
  id: "2026-07-08-lorn-first-payment",
  title: "Norvik's first payment under the Castel debt deal",
  date: "2026-07-08",
  place: "Port Elm",
  facts: [
    [
      "start-planned",
      "The Lorn Restoration Trust's first project, replanting 2,500 hectares of the Lorn Forest Reserve, was due to start on 15 November 2026, with the first rains.",
      ["lorn-trust", "lorn-forest"],
    ],
  ],
});
const second = article("lorn-slipped", "2026-10-15", {
  id: "2026-10-14-lorn-review",
  title: "Norvik–Castel debt deal review",
  date: "2026-10-14",
  place: "Castelmar",
  facts: [
    [
      "slipped",
      "The Lorn Restoration Trust's first project, replanting 2,500 hectares of the Lorn Forest Reserve, will not start on 15 November 2026 as planned, because the nurseries will not have enough seedlings before the rains.",
      ["lorn-trust", "lorn-forest"],
    ],
    [
      "new-day",
      "Planting in the Lorn Forest Reserve is now due to begin in December 2027.",
      ["lorn-forest", "lorn-trust"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-lorn-forest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("'and now?' after a day called off is the day now due, told beside it", () => {
  it("gives the day the planting is now due as the later account", () => {
    const result = askedIn(engine, "and now?", "when was the lorn forest replanting supposed to start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*15 November 2026, with the first rains/);
    expect(result.answer).toMatch(/Later \(.*December 2027/);
  });
});
