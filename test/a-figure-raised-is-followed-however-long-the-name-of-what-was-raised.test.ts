/**
 * "How many buoys were planned at first for the warning network? — and now?" follows the count to
 * the article that says "raised the number of buoys and coastal stations of the Lorn storm
 * warning network to 54 from 48", however many words name what was raised between the verb and
 * its new figure; and of two changes told by that article ("raised the estimated cost … to 71
 * million from 62 million" as well), the one of the figure the question names.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Lorn coast", "Norvik's neighbour along the coast"),
  {
    id: "lorn-warning-network",
    kind: "initiative",
    name: "Lorn storm warning network",
    description:
      "Shared storm warning network of ocean buoys and coastal stations set up by Norvik and Castel",
  },
];
const article = norvikCastelStory("Lorn Courier", "lorn-communique", entities, ["storms", "warning"]);

const first = article("lorn-communique", "2026-03-25", {
  id: "2026-03-24-lorn-summit",
  title: "Norvik–Castel Lorn coast summit",
  date: "2026-03-24",
  place: "Port Elm",
  facts: [
    [
      "network-1",
      "Paragraph 14 of the communiqué sets up the Lorn storm warning network of 48 ocean buoys and coastal stations, estimated to cost 62 million US dollars.",
      ["lorn-warning-network"],
    ],
  ],
});
const second = article("lorn-plan", "2026-05-20", {
  id: "2026-05-19-lorn-plan",
  title: "Norvik–Castel Lorn implementation plan",
  date: "2026-05-19",
  place: "Castelmar",
  facts: [
    [
      "first-buoys",
      "Under the implementation plan, the first 16 buoys of the Lorn storm warning network are to be in the water by June 2027.",
      ["lorn-warning-network"],
    ],
  ],
});
const third = article("lorn-ministers", "2026-10-15", {
  id: "2026-10-14-lorn-ministers",
  title: "Norvik–Castel Lorn council of ministers",
  date: "2026-10-14",
  place: "Port Elm",
  facts: [
    [
      "cost-raised",
      "The council of ministers raised the estimated cost of the Lorn storm warning network to 71 million US dollars from the 62 million agreed in Port Elm.",
      ["lorn-warning-network"],
    ],
    [
      "buoys-raised",
      "The council of ministers raised the number of buoys and coastal stations of the Lorn storm warning network to 54 from 48.",
      ["lorn-warning-network"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-lorn-network-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a figure raised is followed however long the name of what was raised", () => {
  it("gives the raised count of buoys as the later account", () => {
    const result = askedIn(
      engine,
      "and now?",
      "how many buoys were planned at first for the lorn storm warning network?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*48 ocean buoys/);
    expect(result.answer).toMatch(/Later \(.*to 54 from 48/);
  });
});
