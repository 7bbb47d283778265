/**
 * "What was the first cost estimate for the bridge? — and now?": the later side must give a figure,
 * and a sum where a sum was asked. "Raised the cost of the bridge and put its opening back by six
 * months" says the cost moved, not what it became (six months is no cost): refused, not told as
 * the cost now. A count asked ("how many stations, at first and now?") is still answered by the later
 * count, though the earlier account also gave a sum.
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
  {
    id: "lorn-gauges",
    kind: "initiative",
    name: "Lorn gauge network",
    description: "River gauges on the Lorn run by Norvik and Castel",
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
    [
      "gauges-1",
      "Norvik and Castel would install 24 gauges on the Lorn at a cost of 18 million euros.",
      ["lorn-gauges", "norvik", "castel"],
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
      "At the Castelmar session Norvik and Castel put back the opening of the Lorn bridge by six months and raised the cost of the bridge.",
      ["lorn-bridge", "norvik", "castel"],
    ],
    ["gauges-2", "The number of Lorn gauges was raised from 24 to 30.", ["lorn-gauges"]],
  ],
});
const dir = mkdtempSync(join(tmpdir(), "attache-lorn-figure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a figure asked now is answered only by a figure of its kind", () => {
  it("refuses a later account that says the cost moved but not what it became", () => {
    const result = askedIn(
      engine,
      "and now?",
      "what was the first cost estimate for the lorn bridge back in march",
    );
    expect(result.answer).not.toMatch(/Later \(.*raised the cost/);
  });

  it("still answers a count asked at first and now", () => {
    const result = askedIn(engine, "and now?", "how many gauges were planned on the lorn in march");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Later \(.*from 24 to 30/);
  });
});
