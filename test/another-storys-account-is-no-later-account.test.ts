/**
 * "When does construction of the Orla desalination plant start?" asks of the Orla plant as it
 * stands: a later article of another story (Arden and Brisk, other parties and topics) that says
 * "construction of the desalination plant is planned from 2027 to 2029" is of another plant, and
 * does not overtake the Orla plant's own "construction … is due to start in March 2027".
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, madeUpStore } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  { id: "norvane", kind: "country", name: "Norvane", description: "Country on the Tarn sea" },
  { id: "estria", kind: "country", name: "Estria", description: "Country on the Tarn sea" },
  { id: "arden", kind: "country", name: "Arden", description: "An inland country" },
  { id: "brisk", kind: "country", name: "Brisk", description: "A mountain country" },
  {
    id: "orla-plant",
    kind: "initiative",
    name: "Orla desalination plant",
    description: "A desalination plant Norvane and Estria build at Orla",
  },
];

/** Two articles of two stories, each its own folder, in one data folder. */
function twoStories(): string {
  const first = madeUpStore("tarn-post-plant", {
    outlet: "Tarn Post",
    title: "Norvane and Estria plan a plant at Orla",
    date: "2026-06-17",
    entities,
    meetings: [
      {
        id: "2026-06-16-plant-talks",
        title: "Norvane–Estria water talks in Orla",
        date: "2026-06-16",
        place: "Orla",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
        ],
        topics: ["water", "desalination"],
        facts: [
          [
            "start",
            "Because of the larger design, construction of the Orla desalination plant is now due to start in March 2027.",
            ["orla-plant"],
          ],
        ],
      },
    ],
  });
  const second = madeUpStore("hill-herald-plant", {
    outlet: "Hill Herald",
    title: "Arden and Brisk share a plant",
    date: "2026-11-20",
    entities: [],
    meetings: [
      {
        id: "2026-11-19-arden-brisk-talks",
        title: "Arden–Brisk border talks in Vell",
        date: "2026-11-19",
        place: "Vell",
        participants: [
          ["arden", "party"],
          ["brisk", "party"],
        ],
        topics: ["border", "trade"],
        facts: [
          [
            "other-plant",
            "Construction of the desalination plant is planned from 2027 to 2029, and the first water should reach Arden in 2029.",
            ["arden"],
            null,
          ],
        ],
      },
    ],
  });
  const both = mkdtempSync(join(tmpdir(), "attache-two-plants-"));
  for (const store of [first, second]) {
    for (const folder of readdirSync(store))
      cpSync(join(store, folder), join(both, folder), { recursive: true });
  }
  afterAll(() => rmSync(both, { recursive: true, force: true }));
  return both;
}

const engine = engineFrom(twoStories());

describe("another story's account is no later account", () => {
  it("answers when the Orla plant's construction starts with its own day", () => {
    const result = engine.answer("when does construction of the orla desalination plant start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/March 2027/);
    expect(result.answer).not.toMatch(/2027 to 2029/);
  });
});
