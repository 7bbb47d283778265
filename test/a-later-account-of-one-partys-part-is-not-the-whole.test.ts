/**
 * "When does the gillnet ban on the lakes start?" asks for the ban as it stands: a later article
 * that says "Estria will apply the gillnet ban on its part of the lake one year later, from 1
 * January 2028" tells of one party's part, not of the whole ban, and does not overtake the earlier
 * article's "the ban on gillnets on the lakes will start on 1 January 2027". Asked of that party, it answers.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, madeUpStore } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  { id: "norvane", kind: "country", name: "Norvane", description: "Country on the Tarn lakes" },
  { id: "estria", kind: "country", name: "Estria", description: "Country on the Tarn lakes" },
  {
    id: "tarn-lakes",
    kind: "place",
    name: "Tarn lakes",
    description: "Two lakes shared by Norvane and Estria",
  },
  {
    id: "gillnet-ban",
    kind: "initiative",
    name: "Tarn gillnet ban",
    description: "Ban on gillnets on the Tarn lakes",
    aliases: ["gillnet ban"],
  },
];
const participants: [string, string][] = [
  ["norvane", "party"],
  ["estria", "party"],
];
const topics = ["fishing", "gillnet ban", "lake protection"];

/** Two articles of one story, each its own folder, in one data folder. */
function twoArticles(): string {
  const first = madeUpStore("lake-post-ban", {
    outlet: "Lake Post",
    title: "Norvane and Estria ban gillnets on the Tarn lakes",
    date: "2026-03-12",
    entities,
    meetings: [
      {
        id: "2026-03-11-ban-talks",
        title: "Norvane–Estria talks on the Tarn lakes in Orla",
        date: "2026-03-11",
        place: "Orla",
        participants,
        topics,
        facts: [
          [
            "agreed",
            "Norvane and Estria agreed to ban gillnets on both Tarn lakes.",
            ["norvane", "estria", "gillnet-ban", "tarn-lakes"],
          ],
          [
            "start",
            "The ban on gillnets on the Tarn lakes will start on 1 January 2027.",
            ["gillnet-ban", "tarn-lakes"],
            null,
          ],
        ],
      },
    ],
  });
  const second = madeUpStore("lake-herald-ban", {
    outlet: "Lake Herald",
    title: "Estria delays the gillnet ban on its side",
    date: "2026-07-09",
    // (The entities are the first article's: a store defines each once.)
    entities: [],
    meetings: [
      {
        id: "2026-07-08-ban-talks",
        title: "Norvane–Estria talks on the Tarn lakes in Varn",
        date: "2026-07-08",
        place: "Varn",
        participants,
        topics,
        facts: [
          [
            "one-part",
            "Estria will apply the gillnet ban on its part of the Tarn lakes one year later, from 1 January 2028.",
            ["estria", "gillnet-ban", "tarn-lakes"],
            null,
          ],
        ],
      },
    ],
  });
  const both = mkdtempSync(join(tmpdir(), "attache-lake-story-"));
  for (const store of [first, second]) {
    for (const folder of readdirSync(store))
      cpSync(join(store, folder), join(both, folder), { recursive: true });
  }
  afterAll(() => rmSync(both, { recursive: true, force: true }));
  return both;
}

const engine = engineFrom(twoArticles());

describe("a later account of one party's part is not the whole", () => {
  it("answers when the ban starts with the whole ban's day", () => {
    const result = engine.answer("when does the gillnet ban on the tarn lakes start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1 January 2027/);
    expect(result.answer).not.toMatch(/2028/);
  });

  it("answers of the party its own part's day", () => {
    const result = engine.answer("from when will estria apply the gillnet ban?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1 January 2028/);
  });
});
