/**
 * "What was the first cost estimate for the Lorn bridge back in March? — and now?": the question is
 * asked again of the first and the newest account without "in March", and without the "back" that
 * only said March was long ago ("… for the lorn bridge, at first and now?", not "… bridge back, at
 * first and now?", which finds nothing). A "back" that is no part of a setting stays.
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
      "cost-2",
      "The cost of the Lorn bridge rose to 151 million euros from 120 million, because steel cost more than expected.",
      ["lorn-bridge"],
    ],
  ],
});
const dir = mkdtempSync(join(tmpdir(), "attache-lorn-back-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a question asked again of now drops 'back' with its month", () => {
  it("reads 'and now?' after '… back in march' without 'back'", () => {
    const result = askedIn(
      engine,
      "and now?",
      "what was the first cost estimate for the lorn bridge back in march",
    );
    expect(result.reading ?? "").toContain("for the lorn bridge, at first and now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Later \(.*151 million/);
  });

  it("still answers it the same without 'back'", () => {
    const result = askedIn(
      engine,
      "and now?",
      "what was the first cost estimate for the lorn bridge in march",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Later \(.*151 million/);
  });

  it("keeps refusing what the articles do not say", () => {
    const result = askedIn(engine, "and now?", "how many lanes did the lorn bridge have back in march");
    expect(result.answered).toBe(false);
  });
});
