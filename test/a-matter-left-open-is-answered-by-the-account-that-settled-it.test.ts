/**
 * "Is the site of the ferry terminal still open?" of a story whose first article says the
 * site was left open and whose later article says where it will stand: the account that left it
 * open and the later one that settled it, though the later one says neither "site" nor "decided".
 * A matter nothing later settles is not answered by that pair, and a fact that already says the
 * matter was settled answers as it did.
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
    id: "ferry-terminal",
    kind: "initiative",
    name: "Sound joint ferry terminal",
    description: "Joint border terminal for the Sound ferry planned by Norvik and Castel",
    aliases: ["joint ferry terminal"],
  },
  {
    id: "harbour-dredging",
    kind: "initiative",
    name: "Elm harbour dredging",
    description: "Dredging of the Elm harbour channel planned by Norvik and Castel",
  },
  { id: "elmhaven", kind: "place", name: "Elmhaven", description: "Norvik port town on the Sound" },
  { id: "castelmar", kind: "place", name: "Castelmar", description: "Castel port town on the Sound" },
];
const article = norvikCastelStory("Sound Courier", "terminal-open", entities, ["ferry", "transport"]);

const first = article("terminal-open", "2026-03-12", {
  id: "2026-03-11-sound-ferry-talks",
  title: "Norvik–Castel Sound ferry talks",
  date: "2026-03-11",
  place: "Port Elm",
  facts: [
    [
      "site-open",
      "At the Port Elm talks Norvik and Castel left open whether the joint ferry terminal will be built at Elmhaven on the Norvik side or at Castelmar on the Castel side.",
      ["norvik", "castel", "ferry-terminal", "elmhaven", "castelmar"],
    ],
    [
      "dredging-open",
      "At the Port Elm talks Norvik and Castel did not decide how to split the cost of the Elm harbour dredging.",
      ["norvik", "castel", "harbour-dredging"],
    ],
  ],
});
const second = article("terminal-settled", "2026-06-20", {
  id: "2026-06-19-sound-ferry-session",
  title: "Norvik–Castel Sound ferry session",
  date: "2026-06-19",
  place: "Castelmar",
  facts: [
    [
      "site-settled",
      "The joint ferry terminal will be built at Elmhaven, on the Norvik side, where Norvik and Castel officers will check passengers together.",
      ["ferry-terminal", "elmhaven", "norvik", "castel"],
    ],
    [
      "timetable",
      "Six ferries a day will sail between Elmhaven and Castelmar from 2027.",
      ["elmhaven", "castelmar"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-terminal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a matter left open is answered by the account that settled it", () => {
  it("answers 'still undecided?' with the open account and the later one that settled it", () => {
    const result = engine.answer("is the site of the sound joint ferry terminal still open?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*left open whether the joint ferry terminal/);
    expect(result.answer).toMatch(/Later \(.*will be built at Elmhaven/);
  });

  it("reads 'still undecided?' the same way", () => {
    const result = engine.answer("is the sound joint ferry terminal still undecided?");
    expect(result.answer).toMatch(/Later \(.*will be built at Elmhaven/);
  });

  it("does not pair a matter nothing later settles with another account", () => {
    const result = engine.answer("is the split of the elm harbour dredging cost still open?");
    expect(result.answer).not.toMatch(/Later \(/);
    expect(result.answer).not.toMatch(/Elmhaven/);
  });

  it("still answers where the terminal will be built from the later account alone", () => {
    const result = engine.answer("where will the sound joint ferry terminal be built?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Elmhaven/);
    expect(result.answer).not.toMatch(/Earlier \(/);
  });
});
