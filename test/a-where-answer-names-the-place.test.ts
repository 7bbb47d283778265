/**
 * A where-answer says where: when the fact tells the act asked but names only its month ("when the
 * ferry accord was signed in April 2026"), the meeting's venue leads the answer, for "in April" is
 * a time, not a place. A fact that names its place itself ("in Port Elm") is told as it is.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";

const dir = mkdtempSync(join(tmpdir(), "attache-where-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A made-up article: two countries sign a ferry accord at a harbour hall. */
function ferryStore(): string {
  const folder = join(dir, "2026-04-14-elm-gazette-ferry-accord");
  mkdirSync(folder, { recursive: true });
  const source = "elm-gazette-2026-04-14";
  const event = "2026-04-13-norvik-castel-ferry-accord";
  const statements: [string, string, string[], string | undefined][] = [
    [
      "lund-transport-minister",
      "Petra Lund was Norvik's Minister of Transport when the ferry accord was signed in April 2026.",
      ["petra-lund", "norvik"],
      undefined,
    ],
    [
      "ferry-weekly",
      "Under the ferry accord the boat between Norvik and Castel will sail once a week in Skarra Bay.",
      ["norvik", "castel", "skarra-bay"],
      "2026-04-13",
    ],
  ];
  writeFileSync(join(folder, "article.txt"), statements.map(([, statement]) => statement).join("\n"));
  const write = (name: string, value: unknown) =>
    writeFileSync(join(folder, name), JSON.stringify(value, null, 2));
  write("source.json", {
    id: source,
    outlet: "Elm Gazette",
    title: "Norvik and Castel bring back their ferry",
    date: "2026-04-14",
    textFile: "article.txt",
  });
  write("entities.json", [
    { id: "norvik", kind: "country", name: "Norvik", description: "A coastal country", aliases: [] },
    { id: "castel", kind: "country", name: "Castel", description: "A coastal country", aliases: [] },
    {
      id: "skarra-bay",
      kind: "place",
      name: "Skarra Bay",
      description: "A bay between the two",
      aliases: [],
    },
    {
      id: "petra-lund",
      kind: "person",
      name: "Petra Lund",
      description: "Minister of Transport of Norvik",
      aliases: ["Lund"],
    },
  ]);
  write("events.json", [
    {
      id: event,
      title: "Signing of the Norvik–Castel ferry accord",
      date: "2026-04-13",
      place: "Harbour Hall, Port Elm",
      participants: [
        { entity: "petra-lund", role: "Minister of Transport of Norvik" },
        { entity: "castel", role: "participant" },
      ],
      summary: "Norvik and Castel signed a ferry accord.",
      topics: ["transport"],
      source,
    },
  ]);
  write(
    "facts.json",
    statements.map(([id, statement, entities, date]) => ({
      id,
      statement,
      entities,
      event,
      source,
      quote: statement,
      ...(date ? { date } : {}),
    })),
  );
  return dir;
}

const engine = engineFrom(ferryStore());

describe("a where-answer names the place asked", () => {
  it("leads with the meeting's venue when the fact says only the month the act was done in", () => {
    const result = engine.answer("where was the ferry accord signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^In Harbour Hall, Port Elm: /);
  });

  it("tells a fact that names its own place as it is", () => {
    const result = engine.answer("where will the ferry between Norvik and Castel sail?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Skarra Bay");
    expect(result.answer).not.toContain("Port Elm");
  });
});
