/**
 * "Recap the whole Tessa crane story from the start", told one fact a meeting: the later article's
 * summary opens with where and when the port board met and goes on to what it decided, and the
 * fact that says only that the board met shares the most words with that opening. The headline
 * ("Tessa crane delayed to 2031 as cost rises to 90 million") says what the news was; of the
 * opening's words, the ones it repeats, and the rarest of them among the meeting's facts (the new
 * cost, not the crane's name), tell the meeting.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel(),
  {
    id: "tessa-board",
    kind: "organization",
    name: "Tessa Port Board",
    description: "Joint board of Norvik and Castel that runs the port of Tessa",
  },
  {
    id: "tessa-crane",
    kind: "initiative",
    name: "Tessa crane",
    description: "Container crane for the port of Tessa",
  },
];
const participants: [string, string][] = [
  ["norvik", "party"],
  ["castel", "party"],
  ["tessa-board", "the board"],
];
const topics = ["container crane", "port of Tessa", "cost"];

function twoArticles(): string {
  const first = madeUpStore("harbour-post-crane", {
    outlet: "Harbour Post",
    title: "Norvik and Castel order a container crane for Tessa",
    date: "2026-03-04",
    entities,
    meetings: [
      {
        id: "2026-03-03-crane-order",
        title: "Norvik–Castel signing of the Tessa crane order in Orla",
        date: "2026-03-03",
        place: "Orla",
        participants,
        topics,
        summary:
          "On 3 March 2026 in Orla, Norvik and Castel ordered a container crane for the port of Tessa for 70 million euros.",
        facts: [
          [
            "ordered",
            "Norvik and Castel ordered a container crane for the port of Tessa for 70 million euros.",
            ["norvik", "castel", "tessa-crane"],
          ],
        ],
      },
    ],
  });
  const second = madeUpStore("quay-weekly-crane", {
    outlet: "Quay Weekly",
    title: "Tessa crane delayed to 2031 as cost rises to 90 million",
    date: "2026-10-07",
    entities: [],
    meetings: [
      {
        id: "2026-10-05-board-tessa",
        title: "Meeting of the Tessa Port Board in Tessa",
        date: "2026-10-05",
        place: "Tessa",
        participants,
        topics,
        summary:
          "After a meeting of the Tessa Port Board in Tessa on Monday 5 October 2026 the board said the Tessa crane will not work before 2031 and its cost rises from 70 to 90 million euros, Norvik's share to 50 million.",
        facts: [
          ["board-met", "The Tessa Port Board met in Tessa on Monday 5 October 2026.", ["tessa-board"]],
          [
            "norvik-share",
            "Norvik's share of the Tessa crane cost rises to 50 million euros.",
            ["norvik", "tessa-crane"],
          ],
          [
            "new-cost",
            "The cost of the Tessa crane rises to 90 million euros, from 70 million.",
            ["tessa-crane"],
          ],
          [
            "delayed",
            "The Tessa crane will not work before 2031, two years later than planned.",
            ["tessa-crane"],
          ],
        ],
      },
    ],
  });
  const both = mkdtempSync(join(tmpdir(), "attache-crane-story-"));
  for (const store of [first, second]) {
    for (const folder of readdirSync(store))
      cpSync(join(store, folder), join(both, folder), { recursive: true });
  }
  afterAll(() => rmSync(both, { recursive: true, force: true }));
  return both;
}

const engine = engineFrom(twoArticles());

describe("a later meeting of a story is told by the news its headline gives", () => {
  it("tells the board meeting by what it decided, not by its having met", () => {
    const result = engine.answer("recap the whole norvik castel port story from the start");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 meetings");
    expect(result.answer).toContain("ordered a container crane");
    expect(result.answer).toMatch(/rises to 90 million|2031/);
    expect(result.answer).not.toContain("met in Tessa on Monday");
    expect(result.answer).not.toContain("Norvik's share");
  });
});
