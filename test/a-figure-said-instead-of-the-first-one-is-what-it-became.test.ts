/**
 * "How many clinics was the network supposed to have in March? — and now?" where March's article
 * put the network at "a total of 30 clinics" and September's both counts the clinics opened so far
 * ("nine of the 16 new clinics have opened") and says the committee "now plans 32 clinics instead
 * of 30": a figure said instead of another is that figure changed, as "from 30 to 32" is, so the
 * later side is the 32 clinics, not a count of another thing. But "rather than" also sets two
 * things side by side ("3 hours by ferry rather than 9 hours by road") or tells a figure asked for
 * and refused ("Norvik asked for 40 boats rather than 30, but Castel refused"): neither changes a
 * figure.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { figureChange } from "../src/engine/language/figure-change.ts";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A river country", "Norvik's neighbour across the Elm river"),
  {
    id: "elm-clinics",
    kind: "initiative",
    name: "Elm Fever Clinic Network",
    description: "Chain of fever clinics along the Elm river between Norvik and Castel",
  },
];
const article = norvikCastelStory("Elm Valley Courier", "clinics-mar", entities, ["clinics", "health"]);

const first = article("clinics-mar", "2026-03-06", {
  id: "2026-03-05-clinics-mar",
  title: "Norvik–Castel health commission, first session",
  date: "2026-03-05",
  place: "Port Elm",
  facts: [
    [
      "clinics-first",
      "The Elm Fever Clinic Network would join the 12 clinics already working along the Elm river and add 18 new ones, for a total of 30 clinics by the end of 2027.",
      ["elm-clinics", "norvik", "castel"],
    ],
  ],
});
const second = article("clinics-sep", "2026-09-26", {
  id: "2026-09-25-clinics-sep",
  title: "Norvik–Castel health commission, second session",
  date: "2026-09-25",
  place: "Castelmar",
  facts: [
    [
      "clinics-opened",
      "Seven of the 18 new clinics of the Elm network have opened so far, four of them on the Norvik bank.",
      ["elm-clinics", "norvik"],
    ],
    [
      "clinics-plan",
      "The health commission now plans 32 clinics instead of 30 in the Elm Fever Clinic Network, to be finished by mid-2028 rather than the end of 2027.",
      ["elm-clinics", "norvik", "castel"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-clinics-instead-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a figure said instead of another", () => {
  it("is that figure changed, the one it replaced first", () => {
    expect(figureChange("now plans 32 clinics instead of 30 in the network")).toMatchObject({
      from: "30",
      to: "32",
    });
    expect(figureChange("a cap of 6 million cubic metres rather than 8 million")).toMatchObject({
      from: "8 million",
      to: "6 million",
    });
  });

  it("answers 'and now?' of the count asked, not a count of another thing", () => {
    const result = askedIn(
      engine,
      "and now?",
      "how many clinics was the elm fever clinic network supposed to have in march",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*total of 30 clinics/);
    expect(result.answer).toMatch(/Later \(.*32 clinics instead of 30/);
  });
});

const patrols: MadeUpEntity[] = [
  ...norvikAndCastel("A river country", "Norvik's neighbour across the Elm river"),
  {
    id: "elm-patrols",
    kind: "initiative",
    name: "Elm river patrols",
    description: "Joint river patrols on the Elm between Norvik and Castel",
  },
];
const patrolArticle = norvikCastelStory("Elm Valley Courier", "patrols-mar", patrols, ["patrols"]);
const patrolsPlanned = patrolArticle("patrols-mar", "2026-03-06", {
  id: "2026-03-05-patrols-mar",
  title: "Norvik–Castel river commission, first session",
  date: "2026-03-05",
  place: "Port Elm",
  facts: [["patrols-first", "The Elm river patrols will use 30 boats.", ["elm-patrols", "norvik", "castel"]]],
});
const patrolsAsked = patrolArticle("patrols-sep", "2026-09-26", {
  id: "2026-09-25-patrols-sep",
  title: "Norvik–Castel river commission, second session",
  date: "2026-09-25",
  place: "Castelmar",
  facts: [
    [
      "patrols-ask",
      "Norvik asked for 40 boats rather than 30 for the Elm river patrols, but Castel refused.",
      ["elm-patrols", "norvik", "castel"],
    ],
  ],
});
const patrolDir = mkdtempSync(join(tmpdir(), "attache-patrols-rather-than-"));
afterAll(() => rmSync(patrolDir, { recursive: true, force: true }));
[patrolsPlanned, patrolsAsked].forEach((made, i) => {
  cpSync(made, join(patrolDir, `article-${i}`), { recursive: true });
});
const patrolEngine = engineFrom(patrolDir);

describe("a figure set beside another, or asked for and refused, is no change", () => {
  it("reads no change in a comparison of two things", () => {
    expect(figureChange("The trip takes 3 hours by ferry rather than 9 hours by road.")).toBeUndefined();
    expect(
      figureChange("Each buoy costs 1,800 dollars rather than 2,400 dollars for a steel one."),
    ).toBeUndefined();
    expect(figureChange("The commission chose 2 ferries instead of 1 bridge.")).toBeUndefined();
    expect(
      figureChange("Castel will lend 10 million euros in grants rather than 10 million euros in loans."),
    ).toBeUndefined();
  });

  it("reads no change in a figure asked for and refused", () => {
    expect(figureChange("Norvik asked for 40 boats rather than 30, but Castel refused.")).toBeUndefined();
  });

  it("answers how many boats the patrols will use now with the plan, not the refused request", () => {
    const result = askedIn(patrolEngine, "how many boats will the elm river patrols use now?");
    expect(result.answer).toContain("will use 30 boats");
  });

  it("does not give the refused request as the later count", () => {
    const result = askedIn(
      patrolEngine,
      "how many boats were the elm river patrols going to use at first, and how many now?",
    );
    expect(result.answer).not.toMatch(/Later \(.*40 boats/);
  });
});
