/**
 * "Where did the Elm Strait Committee meet in October?" names a meeting by the body and a verb of
 * meeting. Even when that question goes unanswered, "who chaired it?" next asks who chaired that
 * meeting, not who chairs the committee under its rules; a month with no meeting stays unanswered.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-strait-committee", {
    outlet: "Elm Gazette",
    title: "Strait committee meets in Port Elm",
    date: "2026-10-22",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-strait-committee",
        kind: "organization",
        name: "Elm Strait Committee",
        description: "A joint committee of Norvik and Castel on the Elm strait",
        aliases: ["strait committee"],
      },
      { id: "vera-lind", kind: "person", name: "Vera Lind", description: "A Castel harbour official" },
    ],
    meetings: [
      {
        id: "2026-10-21-elm-strait-committee",
        title: "Elm Strait Committee meeting",
        date: "2026-10-21",
        place: "Port Elm",
        participants: [
          ["elm-strait-committee", "host"],
          ["vera-lind", "chair"],
        ],
        topics: ["ferries", "strait"],
        facts: [
          [
            "strait-session-chair",
            "The Elm Strait Committee meeting of 21 October 2026 was the first chaired by Vera Lind.",
            ["elm-strait-committee", "vera-lind"],
            undefined,
            ["chaired", "chair", "session"],
          ],
          [
            "strait-chair-rules",
            "Under the Elm Strait Committee's rules, the chair now passes to a Castel nominee for two years.",
            ["elm-strait-committee", "castel"],
            null,
            ["chair", "rules"],
          ],
        ],
      },
    ],
  }),
);

describe("a meeting asked but not found is still what 'it' stands for", () => {
  it("answers who chaired the October meeting after where the committee met in October", () => {
    const result = askedIn(engine, "who chaired it?", "where did the elm strait committee meet in october");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Vera Lind/);
    expect(result.answer).not.toMatch(/Castel nominee/);
  });

  it("does not answer with the committee's rules after where it met in a month it did not", () => {
    const result = askedIn(engine, "who chaired it?", "where did the elm strait committee meet in december");
    expect(result.answer).not.toMatch(/Castel nominee/);
  });
});
