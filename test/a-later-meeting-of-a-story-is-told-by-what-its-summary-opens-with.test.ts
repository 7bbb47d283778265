/**
 * "Give me the whole Skarn Forum story from the start", told one fact a meeting: a later meeting's
 * summary opens with its news (the council announced where the next summit goes) and goes on to who
 * came and whose term ended. The fact about the outgoing secretary-general shares the most words
 * with the summary as a whole, all of them names and dates; the fact that tells the news shares
 * the most with its opening, and tells the meeting.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const PARTIES: [string, string][] = [
  ["skarn-forum", "met"],
  ["norvik", "member"],
  ["castel", "member"],
];
const TOPICS = ["fisheries", "storm warnings", "secretariat"];

const engine = engineFrom(
  madeUpStore("skarn-forum", {
    outlet: "Skarn Courier",
    title: "The Skarn Forum's year",
    date: "2026-10-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "skarn-forum",
        kind: "organization",
        name: "Skarn Forum",
        description: "Forum of the countries on the Skarn coast",
      },
      {
        id: "tomas-brandt",
        kind: "person",
        name: "Tomas Brandt",
        description: "Secretary-General of the Skarn Forum until September 2026",
      },
      {
        id: "ilse-marek",
        kind: "person",
        name: "Ilse Marek",
        description: "Secretary-General of the Skarn Forum since October 2026",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-skarn-summit",
        title: "Summit of the Skarn Forum in Ubra",
        date: "2026-03-10",
        place: "Ubra",
        participants: PARTIES,
        topics: TOPICS,
        summary: "The Skarn Forum agreed a common closed season for trawlers and a network of storm buoys.",
        facts: [
          [
            "closed-season",
            "The Skarn Forum agreed a common closed season for trawlers on the Skarn coast.",
            ["skarn-forum"],
          ],
        ],
      },
      {
        id: "2026-10-12-skarn-council",
        title: "Council of the Skarn Forum in Vesk",
        date: "2026-10-12",
        place: "Vesk",
        participants: PARTIES,
        topics: TOPICS,
        summary:
          "On 12 October 2026 in Vesk, the council of the Skarn Forum (chaired by Norvik) announced that Castel will host the next summit in Lorn in March 2027. It welcomed Ilse Marek as secretary-general, replacing Tomas Brandt, whose three-year term as secretary-general of the Skarn Forum ended on 30 September 2026.",
        facts: [
          [
            "brandt-term",
            "Tomas Brandt's three-year term as secretary-general of the Skarn Forum ended on 30 September 2026.",
            ["tomas-brandt", "skarn-forum"],
          ],
          [
            "next-summit",
            "Castel will host the next summit of the Skarn Forum in Lorn in March 2027.",
            ["castel", "skarn-forum"],
          ],
        ],
      },
    ],
  }),
);

describe("a later meeting of a story is told by what its summary opens with", () => {
  it("tells the council by the next summit it announced, not by whose term ended", () => {
    const result = engine.answer("give me the whole skarn forum story from the start");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 meetings");
    expect(result.answer).toContain("closed season");
    expect(result.answer).toContain("host the next summit of the Skarn Forum in Lorn");
    expect(result.answer).not.toContain("three-year term");
  });
});
