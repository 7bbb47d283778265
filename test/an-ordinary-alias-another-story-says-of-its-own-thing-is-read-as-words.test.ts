/**
 * "Second agreement" is an alias of one story's memorandum, but another story says "the second
 * agreement" of a deal of its own the store has no entity for. With no name to say which, "what's
 * the second agreement about?" does not take the memorandum for granted: the words are read as
 * words, and the other story's second agreement is found too. A noun of the question that the
 * memorandum's own words have ("patrols") still says it is the memorandum.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-two-second-agreements", {
    outlet: "Elm Gazette",
    title: "Two second agreements",
    date: "2026-11-20",
    entities: [
      ...norvikAndCastel(),
      { id: "arden", kind: "country", name: "Arden", description: "An inland country" },
      { id: "brisk", kind: "country", name: "Brisk", description: "A mountain country" },
      {
        id: "patrol-memorandum",
        kind: "initiative",
        name: "Elm memorandum on joint patrols",
        description: "Norvik–Castel memorandum setting up joint sea patrols",
        aliases: ["second agreement", "patrol memorandum"],
      },
    ],
    meetings: [
      {
        id: "2026-11-10-norvik-castel-sea-talks",
        title: "Norvik–Castel sea talks",
        date: "2026-11-10",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["fisheries", "patrols"],
        facts: [
          [
            "patrol-second",
            "The second agreement, a memorandum on joint patrols, was signed by Norvik and Castel.",
            ["patrol-memorandum", "norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-11-17-arden-brisk-rail-talks",
        title: "Arden–Brisk rail talks",
        date: "2026-11-17",
        place: "Vell",
        participants: [
          ["arden", "participant"],
          ["brisk", "participant"],
        ],
        topics: ["rail", "transport"],
        facts: [
          [
            "train-second",
            "The second agreement signed by Arden and Brisk restores a daily train between Vell and Lornas.",
            ["arden", "brisk"],
          ],
        ],
      },
    ],
  }),
);

describe("an ordinary alias another story says of its own thing is read as words", () => {
  it("finds the other story's second agreement too", () => {
    const result = engine.answer("what's the second agreement about?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/train/);
  });

  it("keeps the memorandum when a noun of the question is its own", () => {
    const result = engine.answer("who signed the second agreement on patrols?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Norvik/);
    expect(result.answer).not.toMatch(/train/);
  });
});
