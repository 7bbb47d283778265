/**
 * "Why were the visas cut from 3,000 to 2,500?" takes for granted what the store says: the figures
 * are read as said, thousands and all, so a move the question has right is never "corrected" by
 * the very fact that tells it. A move the store does not tell ("raised to 5,000") still is.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";

const dir = mkdtempSync(join(tmpdir(), "attache-figure-premise-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A made-up article: two countries agree on seasonal work visas, fewer than first planned. */
function visaStore(): string {
  const folder = join(dir, "2026-10-15-elm-gazette-seasonal-visas");
  mkdirSync(folder, { recursive: true });
  const source = "elm-gazette-2026-10-15";
  const event = "2026-10-14-norvik-castel-seasonal-work-talks";
  const statements: [string, string, string[]][] = [
    [
      "visas-cut",
      "Under the October 2026 agreement, the number of seasonal work visas Norvik gives Castel's workers was cut from 3,000 to 2,500 in the first year.",
      ["norvik", "castel"],
    ],
    [
      "hostel-beds",
      "Petra Lund said Norvik's farms had beds for only 2,500 seasonal workers.",
      ["petra-lund", "norvik"],
    ],
  ];
  writeFileSync(join(folder, "article.txt"), statements.map(([, statement]) => statement).join("\n"));
  const write = (name: string, value: unknown) =>
    writeFileSync(join(folder, name), JSON.stringify(value, null, 2));
  write("source.json", {
    id: source,
    outlet: "Elm Gazette",
    title: "Fewer seasonal visas than planned",
    date: "2026-10-15",
    textFile: "article.txt",
  });
  write("entities.json", [
    { id: "norvik", kind: "country", name: "Norvik", description: "A farming country", aliases: [] },
    { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country", aliases: [] },
    {
      id: "petra-lund",
      kind: "person",
      name: "Petra Lund",
      description: "Minister of Labour of Norvik",
      aliases: ["Lund"],
    },
  ]);
  write("events.json", [
    {
      id: event,
      title: "Norvik–Castel seasonal work talks",
      date: "2026-10-14",
      place: "Port Elm",
      participants: [
        { entity: "petra-lund", role: "Minister of Labour of Norvik" },
        { entity: "castel", role: "participant" },
      ],
      summary: "Norvik and Castel agreed on seasonal work visas.",
      topics: ["labour"],
      source,
    },
  ]);
  write(
    "facts.json",
    statements.map(([id, statement, entities]) => ({
      id,
      statement,
      entities,
      event,
      source,
      quote: statement,
      date: "2026-10-14",
    })),
  );
  return dir;
}

const engine = engineFrom(visaStore());

describe("a figure moved as the question says is no false premise", () => {
  it("does not correct 'cut from 3,000 to 2,500' with the fact that says just that", () => {
    const result = engine.answer("why were the seasonal work visas cut from 3,000 to 2,500?");
    expect(result.answer).not.toMatch(/isn't what my sources say/);
  });

  it("still corrects a move the store does not tell ('raised to 5,000')", () => {
    const result = engine.answer("why were the seasonal work visas raised to 5,000?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^That isn't what my sources say: .*cut from 3,000 to 2,500/);
  });
});
