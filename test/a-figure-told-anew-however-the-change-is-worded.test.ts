/**
 * "How much was the bridge to cost in February? — and now?" follows the figure down the story
 * however each later article words its change: "revised to 1.35 billion euros from 1.2 billion",
 * "now stands at 1.24 billion, down from the 1.35 billion estimated in June" (a year beside a figure
 * is when, not a figure). And "was X before or after Y?" sets the month a sentence tells an act
 * done in ("a survey carried out in April 2026") against the story's meeting of a month named
 * ("the February deal"); a month something is only expected in dates nothing done.
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
    description: "Road bridge over the Lorn river planned by Norvik and Castel",
  },
];
const article = norvikCastelStory("Lorn Courier", "lorn-deal", entities, ["bridge", "transport"]);

const first = article("lorn-deal", "2026-02-11", {
  id: "2026-02-10-lorn-bridge-deal",
  title: "Norvik–Castel Lorn bridge framework deal",
  date: "2026-02-10",
  place: "Port Elm",
  facts: [
    [
      "deal",
      "On 10 February 2026 Norvik and Castel agreed to build a road bridge over the Lorn.",
      ["norvik", "castel", "lorn-bridge"],
    ],
    ["cost-1", "The cost of the Lorn bridge is put at 1.2 billion euros.", ["lorn-bridge"]],
    [
      "toll-1",
      "Castel offered 90 ferry permits for Norvik's boats and asked for a toll of 1,200 US dollars per boat.",
      ["castel", "norvik"],
    ],
  ],
});
const second = article("lorn-revised", "2026-06-21", {
  id: "2026-06-20-lorn-bridge-talks",
  title: "Norvik–Castel Lorn bridge talks",
  date: "2026-06-20",
  place: "Castelmar",
  facts: [
    [
      "cost-2",
      "The cost of the Lorn bridge was revised to 1.35 billion euros from 1.2 billion euros.",
      ["lorn-bridge"],
    ],
    [
      "survey",
      "A soil survey carried out in April 2026 found that the riverbed under the Lorn bridge is softer than thought.",
      ["lorn-bridge"],
    ],
    ["opening", "The Lorn bridge is expected to open in March 2029.", ["lorn-bridge"]],
    [
      "permits-2",
      "By June 2026 Castel had raised its offer from 90 to 120 ferry permits for Norvik's boats, but kept the toll at 1,200 US dollars per boat.",
      ["castel", "norvik"],
    ],
  ],
});
const third = article("lorn-signed", "2026-11-16", {
  id: "2026-11-15-lorn-bridge-financing",
  title: "Norvik–Castel Lorn bridge financing signed",
  date: "2026-11-15",
  place: "Port Elm",
  facts: [
    [
      "cost-3",
      "The total cost of the Lorn bridge now stands at 1.24 billion euros, down from the 1.35 billion euros estimated in June 2026.",
      ["lorn-bridge"],
    ],
    [
      "toll-3",
      "Castel cut the ferry toll from 1,200 US dollars to 400 US dollars per boat.",
      ["castel", "norvik"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-lorn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a figure told anew however the change is worded", () => {
  it("follows 'revised to … from …' and 'down from the …' to the newest figure", () => {
    const result = askedIn(engine, "and now?", "how much was the lorn bridge supposed to cost in february?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*1\.2 billion/);
    expect(result.answer).toMatch(/Later \(.*1\.24 billion/);
  });
});

describe("'and now?' of an account of several figures", () => {
  it("follows the change of the figure the question names, not of another in the same sentence", () => {
    const result = askedIn(engine, "and what is it now?", "what toll did castel ask per boat in february");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*1,200 US dollars/);
    expect(result.answer).toMatch(/Later \(.*to 400 US dollars/);
  });
});

describe("before or after, by a month told", () => {
  it("sets the month a sentence tells an act done in against the story's meeting of the month named", () => {
    const result = engine.answer("was the soil survey before or after the february deal?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^After: .*April 2026.*10 February 2026/);
  });

  it("does not date an act by the month it is only expected in", () => {
    const result = engine.answer("did the bridge open before or after the february deal?");
    expect(result.answer).not.toMatch(/^(?:Before|After):/);
  });
});
