/**
 * "Is Castel still refusing to go below 8 million tonnes?" where the March article has the refusal,
 * the July one "Castel, which in March had refused to go below 8 million tonnes a year, agreed to
 * lower the catch cap to 6 million tonnes", and a November one goes on with the story: the party
 * asked gives way as the subject of "agreed", past the clause set off by commas, so the July fact
 * tells the change and the March refusal is set beside it. A party that does not give way in it
 * ("is Norvik still refusing …?") is not answered by it.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A lake country", "Its neighbour across the lake"),
  {
    id: "lindora-catch-cap",
    kind: "other",
    name: "Lindora catch cap",
    description: "Yearly cap on the fish Norvik and Castel take from Lake Lindora",
    aliases: ["catch cap"],
  },
];

const meeting = (id: string, date: string, place: string, facts: [string, string, string[]][]) => ({
  id,
  title: `Norvik–Castel fisheries talks in ${place}`,
  date,
  place,
  participants: NORVIK_AND_CASTEL,
  topics: ["catch cap", "fisheries"],
  facts,
});

const march = madeUpStore("lake-post-cap-refused", {
  outlet: "Lake Post",
  title: "Castel refuses a lower catch cap",
  date: "2026-03-14",
  entities,
  meetings: [
    meeting("2026-03-13-cap-talks", "2026-03-13", "Port Elm", [
      [
        "castel-refuses",
        "Castel refused to lower the Lindora catch cap below 8 million tonnes a year, citing the jobs of its fishermen.",
        ["castel", "lindora-catch-cap"],
      ],
    ]),
  ],
});

const july = madeUpStore("shore-herald-cap-lowered", {
  outlet: "Shore Herald",
  title: "Castel agrees to a lower catch cap",
  date: "2026-07-23",
  entities: [],
  meetings: [
    meeting("2026-07-21-cap-talks", "2026-07-21", "Lindora", [
      [
        "cap-lowered",
        "Castel, which in March had refused to go below 8 million tonnes a year, agreed to lower the Lindora catch cap to 6 million tonnes a year from January 2027; Norvik had asked for 5 million.",
        ["castel", "norvik", "lindora-catch-cap"],
      ],
    ]),
  ],
});

const november = madeUpStore("lake-post-cap-panel", {
  outlet: "Lake Post",
  title: "A panel to watch the catch cap",
  date: "2026-11-13",
  entities: [],
  meetings: [
    meeting("2026-11-12-cap-panel", "2026-11-12", "Port Elm", [
      [
        "panel",
        "Norvik and Castel set up a joint panel to check the Lindora catch cap at six landing sites.",
        ["norvik", "castel", "lindora-catch-cap"],
      ],
    ]),
  ],
});

const all = mkdtempSync(join(tmpdir(), "attache-still-set-off-"));
for (const dir of [march, july, november]) {
  for (const folder of readdirSync(dir)) cpSync(join(dir, folder), join(all, folder), { recursive: true });
}
afterAll(() => rmSync(all, { recursive: true, force: true }));
const engine = engineFrom(all);

describe("'still refusing' is answered past a clause set off by commas", () => {
  it("answers with the party's agreement to the lower cap", () => {
    const result = engine.answer("is castel still refusing to go below 8 million tonnes of fish a year?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("agreed to lower the Lindora catch cap to 6 million tonnes");
  });

  it("does not answer whether Norvik still refuses with Castel's agreement", () => {
    const result = engine.answer("is norvik still refusing to go below 8 million tonnes of fish a year?");
    expect(result.answer).not.toContain("agreed to lower the Lindora catch cap");
  });
});
