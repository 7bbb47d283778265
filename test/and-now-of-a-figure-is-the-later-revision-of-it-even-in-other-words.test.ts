/**
 * "How many young sturgeon a year was the hatchery meant to release from 2029 under the June deal?
 * — and now?" where the June account gives two figures (the first 100,000, then 400,000 a year)
 * and a later article, in few of the question's words, says "the yearly release target … was
 * revised from 400,000 to 300,000 young fish": that revision is the later side, not the June
 * account alone.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A river country", "Norvik's neighbour on the Elm river"),
  {
    id: "elm-hatchery",
    kind: "initiative",
    name: "Elm sturgeon hatchery",
    description: "Joint sturgeon hatchery of Norvik and Castel on the Elm river",
  },
];
const article = norvikCastelStory("Elm River Gazette", "hatchery-jun", entities, ["sturgeon", "hatchery"]);

const first = article("hatchery-jun", "2026-06-26", {
  id: "2026-06-25-hatchery-jun",
  title: "Norvik–Castel sturgeon hatchery deal",
  date: "2026-06-25",
  place: "Port Elm",
  facts: [
    [
      "release-plan",
      "The first 100,000 young sturgeon from the Elm sturgeon hatchery are to be released in the spring of 2028, and from 2029 the target is 400,000 a year.",
      ["elm-hatchery", "norvik", "castel"],
    ],
  ],
});
const second = article("hatchery-oct", "2026-10-16", {
  id: "2026-10-15-hatchery-oct",
  title: "Norvik–Castel sturgeon hatchery review",
  date: "2026-10-15",
  place: "Castelmar",
  facts: [
    [
      "target-revised",
      "The yearly release target of the Elm sturgeon hatchery from 2029 was revised from 400,000 to 300,000 young fish, because only 27 wild breeding fish have been secured.",
      ["elm-hatchery"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-hatchery-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("'and now?' of a figure a later article revises in other words", () => {
  it("is answered by the revision beside the first account", () => {
    const result = askedIn(
      engine,
      "and now?",
      "how many young sturgeon a year was the elm hatchery meant to release from 2029 under the june deal",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*400,000 a year/);
    expect(result.answer).toMatch(/Later \(.*from 400,000 to 300,000/);
  });
});
