/**
 * "How many locks will the canal have?" where March says "the canal's four locks will let it carry
 * 900 barges a month" and a later article says a wider canal "would raise the traffic from 900 to
 * 1,300 barges a month": the later fact takes on the traffic, not the count of locks asked, so
 * the four locks as first told are the answer, not the new traffic.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A lowland country", "Norvik's neighbour across the Brenn marshes"),
  {
    id: "brenn-canal",
    kind: "initiative",
    name: "Brenn Canal",
    description: "Shipping canal Norvik and Castel are digging across the Brenn marshes",
  },
];
const article = norvikCastelStory("Marsh Ledger", "canal-mar", entities, ["canal", "shipping"]);

const first = article("canal-mar", "2026-03-11", {
  id: "2026-03-10-canal-mar",
  title: "Norvik–Castel canal commission, first session",
  date: "2026-03-10",
  place: "Brennmouth",
  facts: [["locks", "The Brenn Canal's four locks will let it carry 900 barges a month.", ["brenn-canal"]]],
});
const second = article("canal-sep", "2026-09-18", {
  id: "2026-09-17-canal-sep",
  title: "Norvik–Castel canal commission, second session",
  date: "2026-09-17",
  place: "Castelmar",
  facts: [
    [
      "wider",
      "Castel's transport ministry said a wider Brenn Canal would raise the traffic from 900 to 1,300 barges a month.",
      ["castel", "brenn-canal"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-canal-locks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a count stands when a later fact changes another figure of the thing", () => {
  it("answers how many locks with the locks, not the traffic taken on later", () => {
    const result = engine.answer("how many locks will the brenn canal have");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/four locks/);
    expect(result.answer).not.toMatch(/1,300/);
  });

  it("still takes the later figure on for the figure it changes", () => {
    expect(engine.answer("how many barges a month will the brenn canal carry").answer).toMatch(/1,300/);
  });
});
