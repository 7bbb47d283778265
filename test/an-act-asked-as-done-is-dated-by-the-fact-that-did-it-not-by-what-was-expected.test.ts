/**
 * "When was the second payment made?" is not answered by "a second payment … was expected in
 * September 2026" (what was to come, told in May) when a later fact, dated itself, says the
 * payment was made on 10 September 2026. Asked when it was expected, the plan still answers.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Sound"),
  {
    id: "sound-fund",
    kind: "initiative",
    name: "Sound Recovery Fund",
    description: "Fund of Norvik and Castel for rebuilding the Sound's harbours after the storm",
  },
  {
    id: "elm-bank",
    kind: "organization",
    name: "Elm Development Bank",
    description: "Regional development bank that pays into the Sound Recovery Fund",
  },
];
const article = norvikCastelStory("Sound Courier", "fund-may", entities, ["storm", "harbours"]);

const first = article("fund-may", "2026-05-20", {
  id: "2026-05-18-sound-fund-meeting",
  title: "Sound Recovery Fund meeting",
  date: "2026-05-18",
  place: "Port Elm",
  facts: [
    [
      "first-paid",
      "The Elm Development Bank made the first payment of 30 million euros to the Sound Recovery Fund on 18 May 2026.",
      ["elm-bank", "sound-fund"],
    ],
    [
      "second-expected",
      "A second payment of 40 million euros to the Sound Recovery Fund was expected in September 2026.",
      ["sound-fund"],
    ],
  ],
});
const second = article("fund-october", "2026-10-08", {
  id: "2026-10-06-sound-fund-meeting",
  title: "Sound Recovery Fund donors' meeting",
  date: "2026-10-06",
  place: "Castelmar",
  facts: [
    [
      "second-paid",
      "The Elm Development Bank made a second payment of 40 million euros to the fund on 10 September 2026.",
      ["elm-bank", "sound-fund"],
      "2026-09-10",
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-fund-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("an act asked as done is dated by the fact that did it, not by what was expected", () => {
  it("dates the second payment by the fact that says it was made", () => {
    const result = engine.answer("when was the second sound recovery fund payment made?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/10 September 2026/);
    expect(result.answer).not.toMatch(/was expected/);
  });

  it("still gives the time expected when that is what is asked", () => {
    const result = engine.answer("when was the second sound recovery fund payment expected?");
    expect(result.answer).not.toMatch(/10 September 2026/);
  });

  it("still dates the first payment by its own fact", () => {
    const result = engine.answer("when was the first sound recovery fund payment made?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/18 May 2026/);
  });
});
