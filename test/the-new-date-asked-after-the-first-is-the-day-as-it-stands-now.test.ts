/**
 * "When was the Lorn bridge first supposed to open? — and the new date?": "the new date" is to the
 * day as it stands now what "the first date" is to the day first planned, so the question is asked
 * again of the first and the newest account ("… supposed to open, at first and now?"), not glued
 * in front of the previous question ("and the new date: when was …"), which finds the first plan
 * again. The same holds of "the revised estimate" or "the latest figure" after a first figure.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A river country", "Norvik's neighbour across the Lorn"),
  {
    id: "lorn-bridge",
    kind: "initiative",
    name: "Lorn bridge",
    description: "Road bridge over the Lorn river",
  },
];
const article = norvikCastelStory("Lorn Courier", "lorn-first", entities, ["bridge", "river"]);
const first = article("lorn-first", "2026-03-12", {
  id: "2026-03-11-lorn-talks",
  title: "Norvik–Castel Lorn talks",
  date: "2026-03-11",
  place: "Port Elm",
  facts: [
    [
      "open-1",
      "Work on the Lorn bridge is to start in January 2027, and the bridge is to open on 2 December 2028.",
      ["lorn-bridge"],
    ],
    [
      "cost-1",
      "A first estimate put the cost of the Lorn bridge at about 120 million euros.",
      ["lorn-bridge"],
    ],
  ],
});
const second = article("lorn-second", "2026-10-24", {
  id: "2026-10-23-lorn-session",
  title: "Norvik–Castel Lorn session",
  date: "2026-10-23",
  place: "Castelmar",
  facts: [
    [
      "open-2",
      "Norvik and Castel moved the opening of the Lorn bridge from 2 December 2028 to 14 April 2029, because the riverbed was softer than expected.",
      ["lorn-bridge"],
    ],
    [
      "cost-2",
      "The cost of the Lorn bridge rose to 151 million euros from 120 million, because steel cost more than expected.",
      ["lorn-bridge"],
    ],
  ],
});
const dir = mkdtempSync(join(tmpdir(), "attache-lorn-new-date-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("the new date asked after the first is the day as it stands now", () => {
  it("answers 'and the new date?' with the day the bridge was moved to", () => {
    const result = askedIn(engine, "and the new date?", "when was the lorn bridge first supposed to open");
    expect(result.reading ?? "").toContain("at first and now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Later \(.*14 April 2029/);
  });

  it("answers 'and the revised estimate?' with the newest cost", () => {
    const result = askedIn(
      engine,
      "and the revised estimate?",
      "what was the first cost estimate for the lorn bridge",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Later \(.*151 million/);
  });
});
