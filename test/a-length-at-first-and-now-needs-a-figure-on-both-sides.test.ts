/**
 * "How long was the Lorn tunnel meant to be at first, and how long now?": the later account gives
 * a length ("will be 12.4 kilometres long"), the earlier one only the years of building ("would
 * run from 2027 to 2033"), which are no length. One side of the figure asked beside another
 * thing's years is no answer: refused. Two lengths, one on each side, are still told.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A mountain country", "Norvik's neighbour across the Lorn pass"),
  {
    id: "lorn-tunnel",
    kind: "initiative",
    name: "Lorn tunnel",
    description: "Road tunnel under the Lorn pass",
  },
  { id: "lorn-canal", kind: "initiative", name: "Lorn canal", description: "Canal along the Lorn valley" },
];
const article = norvikCastelStory("Lorn Courier", "lorn-first", entities, ["tunnel", "canal"]);
const first = article("lorn-first", "2026-03-12", {
  id: "2026-03-11-lorn-talks",
  title: "Norvik–Castel Lorn talks",
  date: "2026-03-11",
  place: "Port Elm",
  facts: [
    [
      "tunnel-1",
      "Under the March 2026 plan, construction of the Lorn tunnel would run from 2027 to 2033.",
      ["lorn-tunnel"],
    ],
    ["canal-1", "Under the March 2026 plan the Lorn canal would be 30 kilometres long.", ["lorn-canal"]],
  ],
});
const second = article("lorn-second", "2026-10-24", {
  id: "2026-10-23-lorn-session",
  title: "Norvik–Castel Lorn session",
  date: "2026-10-23",
  place: "Castelmar",
  facts: [
    [
      "tunnel-2",
      "Norvik and Castel said the Lorn tunnel will be 12.4 kilometres long, 800 metres longer than planned.",
      ["lorn-tunnel", "norvik", "castel"],
    ],
    [
      "canal-2",
      "Norvik and Castel said the Lorn canal will be 34 kilometres long.",
      ["lorn-canal", "norvik", "castel"],
    ],
  ],
});
const dir = mkdtempSync(join(tmpdir(), "attache-lorn-length-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a length at first and now needs a figure on both sides", () => {
  it("does not set the years of building against the length now", () => {
    const result = engine.answer("how long was the lorn tunnel meant to be at first and how long now");
    expect(result.answer).not.toMatch(/Earlier \(.*from 2027 to 2033/);
  });

  it("still tells two lengths, one on each side", () => {
    const result = engine.answer("how long was the lorn canal meant to be at first and how long now");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*30 kilometres[\s\S]*Later \(.*34 kilometres/);
  });
});
