/**
 * "How long after the first round of the ferry talks was the treaty signed?": the meeting is the
 * one of the story whose title has "first round", and the act is asked within the story the phrase
 * names; the span is counted from that meeting's day to the act's own. A round the store has no
 * meeting for ("the fifth round") is refused.
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
    aliases: ["ferry talks"],
  },
];
const article = norvikCastelStory("Sound Courier", "round-one", entities, ["ferry", "transport"]);

const first = article("round-one", "2026-03-12", {
  id: "2026-03-11-ferry-round-one",
  title: "First round of the Norvik–Castel ferry talks in Port Elm",
  date: "2026-03-11",
  place: "Port Elm",
  facts: [
    [
      "opened",
      "Norvik and Castel opened the ferry talks in Port Elm on 11 March 2026.",
      ["norvik", "castel", "ferry-treaty"],
    ],
  ],
});
const second = article("round-two", "2026-05-21", {
  id: "2026-05-20-ferry-round-two",
  title: "Second round of the Norvik–Castel ferry talks in Castelmar",
  date: "2026-05-20",
  place: "Castelmar",
  facts: [
    [
      "fares",
      "At the second round of the ferry talks Norvik and Castel agreed on fares.",
      ["norvik", "castel", "ferry-treaty"],
    ],
  ],
});
const third = article("signed", "2026-08-20", {
  id: "2026-08-19-ferry-treaty-signing",
  title: "Signing of the Norvik–Castel ferry treaty",
  date: "2026-08-19",
  place: "Castelmar",
  facts: [
    [
      "signed",
      "Norvik and Castel signed the ferry treaty in Castelmar on 19 August 2026.",
      ["norvik", "castel", "ferry-treaty"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-rounds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("how long after the first round counts from the meeting titled so", () => {
  it("counts from the first round's day to the signing", () => {
    const result = engine.answer("how long after the first round of the ferry talks was the treaty signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/from 11 March 2026/);
    expect(result.answer).toMatch(/19 August 2026/);
  });

  it("counts from the second round when that is the one named", () => {
    const result = engine.answer("how long after the second round of the ferry talks was the treaty signed?");
    expect(result.answer).toMatch(/from 20 May 2026/);
  });

  it("refuses a round the store has no meeting for", () => {
    const result = engine.answer("how long after the fifth round of the ferry talks was the treaty signed?");
    expect(result.answer).not.toMatch(/from \d/);
  });
});
