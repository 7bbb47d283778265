/**
 * Time and change questions keep to the act and the thing asked. "When will the hatchery open?"
 * is answered by "is to open in the autumn of 2027" (a plan worded "is to"), not by a matter "left
 * open"; "when was the ferry supposed to open at first, and when now?" sets the agreed day beside
 * the later article that pushed it back; "when will the ferry start running now?" is that moved
 * day; "what changed on the ferry fare between the two sessions?" tells the fare, not the cost;
 * "where was the first session held?" is not answered by where the next one will be, "the first
 * in" another country.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sound", "Norvik's neighbour across the Elm Sound"),
  {
    id: "elm-ferry",
    kind: "initiative",
    name: "Elm Sound ferry",
    description: "Passenger ferry across the Elm Sound planned by Norvik and Castel",
  },
  {
    id: "elm-hatchery",
    kind: "initiative",
    name: "Brask salmon hatchery",
    description: "Salmon hatchery at Brask planned by Norvik and Castel",
  },
  { id: "port-elm", kind: "place", name: "Port Elm", description: "Harbour town of Norvik on the Elm Sound" },
  {
    id: "castelmar",
    kind: "place",
    name: "Castelmar",
    description: "Harbour town of Castel on the Elm Sound",
  },
  {
    id: "esc",
    kind: "organization",
    name: "Elm Sound Commission",
    description: "Joint commission of Norvik and Castel for the Elm Sound",
    aliases: ["ESC"],
  },
];
const article = norvikCastelStory("Elm Gazette", "elm-talks", entities, ["ferry", "hatchery"]);

const first = article("elm-talks", "2026-03-06", {
  id: "2026-03-04-esc-first-session",
  title: "First ESC session in Port Elm",
  date: "2026-03-04",
  place: "Port Elm",
  facts: [
    [
      "venue-1",
      "The Norvik–Castel talks were held at the harbour offices of Port Elm on 4 March 2026 and were the first session of the Elm Sound Commission (ESC).",
      ["norvik", "castel", "esc"],
    ],
    [
      "fare-split-1",
      "At the Port Elm talks Norvik and Castel could not agree on what passengers of the Elm Sound ferry should pay.",
      ["norvik", "castel", "elm-ferry"],
    ],
    ["fare-18-1", "Norvik proposed a one-way ferry fare of 18 US dollars.", ["norvik", "elm-ferry"]],
    [
      "cost-1",
      "The boats and piers for the Elm Sound ferry were estimated in March at 9.4 million US dollars.",
      ["elm-ferry"],
    ],
    [
      "operator-open-1",
      "Who would operate the Elm Sound ferry, a state company or a private firm, was left open in March.",
      ["elm-ferry"],
      undefined,
      ["operator", "open", "undecided"],
    ],
  ],
});
const second = article("elm-deal", "2026-06-19", {
  id: "2026-06-17-esc-second-session",
  title: "Second ESC session in Castelmar",
  date: "2026-06-17",
  place: "Castelmar",
  facts: [
    [
      "signed-2",
      "Norvik and Castel signed an agreement on 17 June 2026 to open the Elm Sound ferry on 1 December 2026.",
      ["norvik", "castel", "elm-ferry"],
    ],
    [
      "fare-2",
      "Under the June agreement the one-way fare on the Elm Sound ferry will be 12 US dollars.",
      ["elm-ferry"],
    ],
    [
      "cost-2",
      "The cost of the Elm Sound ferry's boats and piers rose from 9.4 million to 11.6 million US dollars.",
      ["elm-ferry"],
    ],
    [
      "hatchery-dates-2",
      "Construction of the Brask salmon hatchery is to start in September 2026 and the hatchery is to open in the autumn of 2027.",
      ["elm-hatchery"],
      null,
    ],
    [
      "hatchery-open-2",
      "At the Castelmar session there was no decision on who will pay to run the Brask salmon hatchery after 2030.",
      ["norvik", "castel", "elm-hatchery"],
      undefined,
      ["left open", "unresolved", "after 2030"],
    ],
  ],
});
const third = article("elm-delay", "2026-10-23", {
  id: "2026-10-20-esc-third-session",
  title: "Third ESC session in Brask",
  date: "2026-10-20",
  place: "Brask",
  facts: [
    [
      "delayed-3",
      "Norvik and Castel pushed back the start of the Elm Sound passenger ferry from 1 December 2026 to 15 March 2027.",
      ["norvik", "castel", "elm-ferry"],
    ],
    [
      "next-3",
      "The next ESC session will be held in Tarnby in February 2027, the first on an island.",
      ["esc"],
      null,
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-elm-ferry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second, third].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("when a ferry opens is the day of its opening as it was moved", () => {
  it("answers when the hatchery will open from the plan worded 'is to open', not a matter left open", () => {
    const result = askedIn(engine, "when will the brask salmon hatchery open?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("autumn of 2027");
    expect(result.answer).not.toContain("who will pay");
  });

  it("sets the agreed opening day beside the later article that pushed it back", () => {
    const result = askedIn(engine, "when was the elm sound ferry supposed to open at first, and when now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*1 December 2026/);
    expect(result.answer).toMatch(/Later \(.*15 March 2027/);
    expect(result.answer).not.toContain("left open");
  });

  it("answers when the ferry will start running now with the day it was moved to", () => {
    const result = askedIn(engine, "when will the elm sound ferry start running now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("15 March 2027");
  });

  it("tells what changed on the fare, not the cost, between the two sessions", () => {
    const result = askedIn(
      engine,
      "what changed on the elm sound ferry fare between the port elm and castelmar sessions?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("12 US dollars");
    expect(result.answer).not.toContain("11.6 million");
  });

  it("still tells every change between the two sessions when no thing is named", () => {
    const result = askedIn(engine, "what changed between the port elm and castelmar sessions?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("11.6 million");
  });

  it("answers where the first session was held, not where the next one will be", () => {
    const result = askedIn(engine, "where was the first esc session held?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Port Elm");
    expect(result.answer).not.toContain("Tarnby");
  });

  it("still answers what was left open with the matter left open", () => {
    const result = askedIn(engine, "what was left open about the elm sound ferry in march?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("operate");
  });
});
