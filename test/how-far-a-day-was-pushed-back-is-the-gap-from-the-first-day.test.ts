/**
 * "How far was the terminal opening pushed back?", "how much later will it open than first
 * planned?": a delay asked as an amount is the day first set against the day now, with the gap
 * between them said first ("About three months later: from 12 December 2026 to 27 March 2027").
 * "How late was the signing?" (no delay asked as such) keeps its own answer, and a delay of a thing
 * the store never tells of is refused.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Sound"),
  {
    id: "elm-terminal",
    kind: "initiative",
    name: "Port Elm ferry terminal",
    description: "Passenger terminal Norvik and Castel are building in Port Elm",
    aliases: ["ferry terminal"],
  },
];
const article = norvikCastelStory("Sound Courier", "planned", entities, ["ferry", "terminal"]);

const first = article("planned", "2026-05-15", {
  id: "2026-05-14-terminal-works",
  title: "Start of works on the Port Elm ferry terminal",
  date: "2026-05-14",
  place: "Port Elm",
  facts: [
    [
      "due",
      "The Port Elm ferry terminal, with room for 600 passengers, was due to open on 12 December 2026.",
      ["elm-terminal", "norvik", "castel"],
    ],
  ],
});
const second = article("moved", "2026-10-08", {
  id: "2026-10-07-terminal-review",
  title: "Review of the Port Elm ferry terminal works in Castelmar",
  date: "2026-10-07",
  place: "Castelmar",
  facts: [
    [
      "moved",
      "The Port Elm ferry terminal's opening has been moved from 12 December 2026 to 27 March 2027.",
      ["elm-terminal", "norvik", "castel"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-pushed-back-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("how far a day was pushed back is the gap from the first day", () => {
  it("says by how much, from the first day to the day now", () => {
    const result = engine.answer("how far was the ferry terminal opening pushed back?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^About three months later: from 12 December 2026 to 27 March 2027\./);
    expect(result.facts.map((f) => f.id)).toHaveLength(2);
  });

  it("reads 'how much later … than first planned' the same way", () => {
    const result = engine.answer("how much later will the ferry terminal open than first planned?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/About three months later/);
    expect(result.answer).toMatch(/27 March 2027/);
  });

  it("still answers when the terminal opens now, without a gap", () => {
    const result = engine.answer("when will the ferry terminal open now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/27 March 2027/);
    expect(result.answer).not.toMatch(/later: from/);
  });

  it("refuses a delay of a thing the store never tells of", () => {
    const result = engine.answer("how far was the harbour wall in castelmar pushed back?");
    expect(result.answer).not.toMatch(/later: from/);
  });
});
