/**
 * "When was the first ferry meant to sail originally, and when now?" sets two accounts side by side:
 * the later one is the account that moves the day first planned ("will now sail on 11 June 2028,
 * instead of 12 December 2027"), not the one that only says it was put back. "Was it signed before
 * or after July?" sets the act's day against the month named itself. "Who chaired the commission
 * before Castel?" is not answered by a handover of a minister's post.
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
    id: "sound-ferry",
    kind: "initiative",
    name: "Sound ferry",
    description: "Passenger ferry across the Sound planned by Norvik and Castel",
  },
  {
    id: "sound-commission",
    kind: "organization",
    name: "Norvik–Castel Sound Commission",
    description: "Joint commission of Norvik and Castel for the Sound",
  },
  {
    id: "ina-voss",
    kind: "person",
    name: "Ina Voss",
    description: "Castel's Minister of Transport",
  },
  {
    id: "pal-dahl",
    kind: "person",
    name: "Pal Dahl",
    description: "Castel's former Minister of Transport",
  },
  {
    id: "lea-mork",
    kind: "person",
    name: "Lea Mork",
    description: "Norvik marine biologist, former head of the commission's secretariat",
  },
  {
    id: "tor-berg",
    kind: "person",
    name: "Tor Berg",
    description: "Castel engineer, head of the commission's secretariat",
  },
];
const article = norvikCastelStory("Sound Courier", "sound-plan", entities, ["ferry", "transport"]);

const first = article("sound-plan", "2026-03-12", {
  id: "2026-03-11-sound-ferry-talks",
  title: "Norvik–Castel Sound ferry talks",
  date: "2026-03-11",
  place: "Port Elm",
  facts: [
    [
      "plan",
      "Work on the Sound ferry terminals was to start in August 2026, and the first ferry was to sail on 12 December 2027.",
      ["norvik", "castel", "sound-ferry"],
    ],
    ["chair", "Castel chairs the Norvik–Castel Sound Commission in 2026.", ["castel", "sound-commission"]],
  ],
});
const second = article("sound-signed", "2026-08-20", {
  id: "2026-08-19-sound-ferry-treaty",
  title: "Norvik–Castel Sound ferry treaty signed",
  date: "2026-08-19",
  place: "Castelmar",
  facts: [
    [
      "signed",
      "The Sound ferry treaty was signed on 19 August 2026 at the harbour office in Castelmar.",
      ["norvik", "castel", "sound-ferry"],
    ],
    [
      "minister",
      "Ina Voss became Castel's Minister of Transport on 22 May 2026, replacing Pal Dahl, who had held the post since 2023 and led Castel at the March talks.",
      ["ina-voss", "pal-dahl", "castel"],
      "2026-05-22",
    ],
    [
      "secretariat",
      "Tor Berg took over as head of the Sound Commission's secretariat on 1 July 2026, replacing Lea Mork, who had led the commission's secretariat since the commission was set up in March.",
      ["tor-berg", "lea-mork", "sound-commission"],
      "2026-07-01",
    ],
  ],
});
const third = article("sound-delay", "2026-11-14", {
  id: "2026-11-13-sound-ferry-session",
  title: "Norvik–Castel Sound ferry session",
  date: "2026-11-13",
  place: "Port Elm",
  facts: [
    [
      "put-back",
      "At the Port Elm session Norvik and Castel put back the first sailing of the Sound ferry by six months and raised its cost.",
      ["norvik", "castel", "sound-ferry"],
    ],
    [
      "new-day",
      "The first Sound ferry will now sail on 11 June 2028, instead of 12 December 2027.",
      ["sound-ferry"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-sound-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a day put back is told by the account that gives the new day", () => {
  it("takes as the later side the account that moves the day first planned", () => {
    const result = engine.answer("when was the first sound ferry meant to sail originally, and when now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*12 December 2027/);
    expect(result.answer).toMatch(/Later \(.*11 June 2028/);
  });

  it("still gives the first day alone when only the first is asked", () => {
    const result = engine.answer("when was the first sound ferry originally meant to sail?");
    expect(result.answer).toMatch(/12 December 2027/);
    expect(result.answer).not.toMatch(/Later \(/);
  });
});

describe("before or after a month named", () => {
  it("sets the act's day against the month itself", () => {
    const result = engine.answer("was the sound ferry treaty signed before or after july?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^After: .*19 August 2026/);
  });

  it("sets it against a day named too", () => {
    const result = engine.answer("was the sound ferry treaty signed before or after september 1?");
    expect(result.answer).toMatch(/^Before: /);
  });

  it("says neither when the month named is the act's own", () => {
    const result = engine.answer("was the sound ferry treaty signed before or after august?");
    expect(result.answer).not.toMatch(/^(?:Before|After):/);
  });
});

describe("who held a body's chair before a country", () => {
  it("is not answered by a handover of a minister's post", () => {
    const result = engine.answer("who chaired the norvik-castel sound commission before castel?");
    expect(result.answer).not.toMatch(/Pal Dahl/);
  });

  it("still answers who held the minister's post before", () => {
    const result = engine.answer("who was castel's minister of transport before ina voss?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Pal Dahl/);
  });
});
