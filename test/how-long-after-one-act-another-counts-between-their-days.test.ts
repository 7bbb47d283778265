/**
 * "How long after the first ferry sailed did Norvik open the passenger terminal?": no meeting is
 * named after "after", so each act is asked as "when …?" and the time between their days is said,
 * with both facts cited. "How long after the treaty signing in Port Elm did the first ferry sail?"
 * names the meeting by the story's name and its place together, though each alone is in more than
 * one meeting's facts; a fact told at that meeting of what was still to come ("was to sail on 14
 * May") is not the act, a later fact that says it happened is. An act the store does not tell is
 * refused.
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
    id: "ferry-treaty",
    kind: "initiative",
    name: "Norvik–Castel ferry treaty",
    description: "Treaty of Norvik and Castel on a ferry across the Sound",
  },
  { id: "port-elm", kind: "place", name: "Port Elm", description: "Norvik's port on the Sound" },
  { id: "castelmar", kind: "place", name: "Castelmar", description: "Castel's port on the Sound" },
];
const article = norvikCastelStory("Sound Courier", "signed", entities, ["ferry", "transport"]);

const first = article("signed", "2026-03-12", {
  id: "2026-03-11-ferry-treaty-signing-port-elm",
  title: "Signing of the Norvik–Castel ferry treaty in Port Elm",
  date: "2026-03-11",
  place: "Port Elm",
  facts: [
    [
      "signed",
      "Norvik and Castel signed the ferry treaty in Port Elm on 11 March 2026.",
      ["norvik", "castel", "ferry-treaty", "port-elm"],
    ],
    [
      "to-sail",
      "The first ferry was to sail from Port Elm to Castelmar on 14 May 2026.",
      ["ferry-treaty", "port-elm", "castelmar"],
    ],
  ],
});
const second = article("sailed", "2026-06-10", {
  id: "2026-05-14-first-ferry-castelmar",
  title: "First sailing of the Norvik–Castel ferry to Castelmar",
  date: "2026-05-14",
  place: "Castelmar",
  facts: [
    [
      "sailed",
      "The first ferry sailed from Port Elm to Castelmar on 14 May 2026, with 212 passengers on board.",
      ["ferry-treaty", "port-elm", "castelmar"],
    ],
    [
      "terminal",
      "On 2 June 2026 Norvik opened a passenger terminal for the ferry in Castelmar.",
      ["norvik", "ferry-treaty", "castelmar"],
      "2026-06-02",
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-acts-apart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("how long after one act another counts between their days", () => {
  it("counts from the one act's day to the other's, both cited", () => {
    const result = engine.answer(
      "how long after the first ferry sailed did norvik open the passenger terminal in castelmar?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^About three weeks/);
    expect(result.answer).toMatch(/14 May 2026/);
    expect(result.answer).toMatch(/2 June 2026/);
    expect(result.facts.map((f) => f.id).sort()).toEqual(
      expect.arrayContaining([expect.stringContaining("sailed"), expect.stringContaining("terminal")]),
    );
  });

  it("counts from the meeting the story's name and its place name together", () => {
    const result = engine.answer(
      "how long after the ferry treaty signing in port elm did the first ferry sail?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/from 11 March 2026/);
    expect(result.answer).toMatch(/212 passengers/);
  });

  it("refuses an act the store does not tell", () => {
    const result = engine.answer(
      "how long after the first ferry sailed did castel open a customs post in port elm?",
    );
    expect(result.answer).not.toMatch(/About|from 14 May/);
  });
});
