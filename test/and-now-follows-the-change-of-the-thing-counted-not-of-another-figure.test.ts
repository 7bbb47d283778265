/**
 * "How many buoys were planned at first? — and now?" where the first account gives several
 * figures (48 buoys, 62 million dollars) and one later article changes each of them: the later
 * side is the change of the buoys ("raised the number of buoys and coastal stations of the storm
 * network to 54 from 48", however many words stand between the verb and its figures), not the
 * change of the cost told the same day, nor a plan for the first buoys told in between.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A coastal country", "Norvik's neighbour on the Elm Sea"),
  {
    id: "storm-network",
    kind: "initiative",
    name: "Elm Sea storm warning network",
    description: "Shared storm warning network of ocean buoys planned by Norvik and Castel",
  },
];
const article = norvikCastelStory("Elm Sea Courier", "storm-deal", entities, ["storms", "warning"]);

const first = article("storm-deal", "2026-03-11", {
  id: "2026-03-10-storm-deal",
  title: "Norvik–Castel storm warning deal",
  date: "2026-03-10",
  place: "Port Elm",
  facts: [
    [
      "network",
      "Article 4 of the Port Elm deal sets up a shared storm warning network of 48 ocean buoys and coastal radar stations, estimated to cost 62 million US dollars.",
      ["storm-network", "norvik", "castel"],
    ],
  ],
});
const second = article("storm-plan", "2026-05-21", {
  id: "2026-05-20-storm-plan",
  title: "Norvik–Castel storm warning plan",
  date: "2026-05-20",
  place: "Castelmar",
  facts: [
    [
      "first-buoys",
      "Under the plan, the first 16 buoys of the Elm Sea storm warning network are to be in the water by June 2027.",
      ["storm-network"],
    ],
  ],
});
const third = article("storm-council", "2026-10-15", {
  id: "2026-10-14-storm-council",
  title: "Norvik–Castel storm warning council",
  date: "2026-10-14",
  place: "Port Elm",
  facts: [
    [
      "cost-raised",
      "The joint council raised the estimated cost of the Elm Sea storm warning network to 71 million US dollars from the 62 million agreed in Port Elm.",
      ["storm-network"],
    ],
    [
      "buoys-raised",
      "The joint council raised the number of buoys and coastal stations of the Elm Sea storm warning network to 54 from 48.",
      ["storm-network"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-storm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("'and now?' of a count told beside a cost", () => {
  it("is answered by the later change of the count, told in a long phrase before its figures", () => {
    const result = askedIn(
      engine,
      "and now?",
      "how many buoys were planned at first for the storm warning network",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*48 ocean buoys/);
    expect(result.answer).toMatch(/Later \(.*to 54 from 48/);
    expect(result.answer).not.toMatch(/Later \(.*(?:71 million|first 16 buoys)/);
  });
});
