/**
 * "What do the Elm market traders sell?" where March's article says the market will have 220 stalls
 * where traders sell without duties, and September's says it "will now have 300 stalls instead of
 * 220": the question asks no figure and names nothing the change is of, so the later stall count is
 * no answer to it. And "how much was the crossing going to cost at first, and now?" of a whole and
 * its parts ("186 million euros: 104 million … and 82 million …") is answered by the whole's change
 * ("up from 186 million"), not by a part's ("101 million instead of 82 million").
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A river country", "Norvik's neighbour across the Elm river"),
  {
    id: "elm-market",
    kind: "initiative",
    name: "Elm border trade market",
    description: "Duty-free border trade market at Port Elm between Norvik and Castel",
  },
  {
    id: "port-elm",
    kind: "place",
    name: "Port Elm",
    description: "River port on the Norvik bank of the Elm",
  },
  {
    id: "elm-levees",
    kind: "initiative",
    name: "Elm flood defences",
    description: "Joint levees along the Elm river between Norvik and Castel",
  },
];
const article = norvikCastelStory("Elm Valley Courier", "elm-mar", entities, ["trade", "floods"]);

const first = article("elm-mar", "2026-03-06", {
  id: "2026-03-05-elm-mar",
  title: "Norvik–Castel border commission, first session",
  date: "2026-03-05",
  place: "Port Elm",
  facts: [
    [
      "market-first",
      "Norvik and Castel agreed to build a border trade market at Port Elm with 220 stalls where traders from both countries can sell dried fish and honey without paying import duties.",
      ["elm-market", "port-elm", "norvik", "castel"],
    ],
    [
      "levees-first",
      "The commission put the total cost of the Elm flood defences at 186 million euros: 104 million for the Norvik bank and 82 million for the Castel bank.",
      ["elm-levees", "norvik", "castel"],
    ],
  ],
});
const second = article("elm-sep", "2026-09-26", {
  id: "2026-09-25-elm-sep",
  title: "Norvik–Castel border commission, second session",
  date: "2026-09-25",
  place: "Castelmar",
  facts: [
    [
      "market-stalls",
      "The Port Elm border trade market will now have 300 stalls instead of 220, after a regional fund joined the project with a grant of 3 million euros.",
      ["elm-market", "port-elm", "norvik", "castel"],
    ],
    [
      "levees-parts",
      "The commission now puts the cost of the Elm flood defences for the Castel bank at 101 million euros instead of 82 million, and for the Norvik bank at 113 million instead of 104 million.",
      ["elm-levees", "norvik", "castel"],
    ],
    [
      "levees-total",
      "The cost of the Elm flood defences has risen to 214 million euros, up from 186 million euros.",
      ["elm-levees", "norvik", "castel"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-figure-not-asked-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a later change of a figure", () => {
  it("does not answer a question that asks no figure and names nothing it changed", () => {
    const result = askedIn(engine, "what do the port elm traders sell?");
    expect(result.answer).toMatch(/dried fish and honey/);
    expect(result.answer).not.toMatch(/300 stalls/);
  });

  it("of a whole and its parts, answers 'at first and now' by the whole's change", () => {
    const result = askedIn(
      engine,
      "how much were the elm flood defences going to cost at first, and how much now?",
    );
    expect(result.answer).toMatch(/Earlier \(.*186 million/);
    expect(result.answer).toMatch(/Later \(.*214 million/);
  });
});
