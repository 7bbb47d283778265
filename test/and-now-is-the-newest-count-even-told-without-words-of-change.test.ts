/**
 * "How many markers were on the border in February? — and now?" where three articles count them
 * (212 in February, 249 in June, 263 in October) and none says "from … to …": the later side is
 * October's count, the newest account of the same thing, not June's in the middle; a later count
 * of another thing (kilometres marked) is no account of the markers.
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
    id: "border-marking",
    kind: "initiative",
    name: "Norvik–Castel border marking",
    description: "Marking of the land border between Norvik and Castel with concrete markers",
  },
];
const article = norvikCastelStory("Elm Sea Courier", "border-feb", entities, ["border", "markers"]);

const first = article("border-feb", "2026-02-18", {
  id: "2026-02-17-border-feb",
  title: "Norvik–Castel border commission, February session",
  date: "2026-02-17",
  place: "Port Elm",
  facts: [
    [
      "markers-feb",
      "Survey teams had placed 212 concrete boundary markers along the Norvik–Castel border since demarcation began, according to figures presented at the commission session in February 2026.",
      ["border-marking", "norvik", "castel"],
    ],
  ],
});
const second = article("border-jun", "2026-06-26", {
  id: "2026-06-25-border-jun",
  title: "Norvik–Castel border commission, June session",
  date: "2026-06-25",
  place: "Castelmar",
  facts: [
    [
      "markers-jun",
      "By June 2026, 249 boundary markers had been placed along the Norvik–Castel border.",
      ["border-marking", "norvik", "castel"],
    ],
    [
      "markers-more",
      "Survey teams placed 37 more boundary markers on the Norvik–Castel border between February and June 2026.",
      ["border-marking", "norvik", "castel"],
    ],
  ],
});
const third = article("border-oct", "2026-10-22", {
  id: "2026-10-21-border-oct",
  title: "Norvik–Castel border commission, October session",
  date: "2026-10-21",
  place: "Port Elm",
  facts: [
    [
      "markers-oct",
      "By October 2026 the Norvik–Castel border had been marked with 263 boundary markers.",
      ["border-marking", "norvik", "castel"],
    ],
    [
      "kilometres-oct",
      "The border commission said in October 2026 that 524 of the Norvik–Castel border's 538 kilometres have been marked.",
      ["border-marking", "norvik", "castel"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-markers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("'and now?' of a count told anew by several later articles", () => {
  it("is answered by the newest count, not by one in the middle", () => {
    const result = askedIn(
      engine,
      "and now?",
      "how many boundary markers were on the norvik-castel border in february",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*212 concrete boundary markers/);
    expect(result.answer).toMatch(/Later \(.*263 boundary markers/);
    expect(result.answer).not.toMatch(/Later \(.*(?:249|524)/);
  });
});
