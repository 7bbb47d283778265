/**
 * Two committees of two stories share the alias "steering committee". A word right beside the
 * shared name that one full name has and the other's lacks ("the *cable* steering committee" of the
 * "Norvik–Castel cable steering committee") picks that one, before words of the question that the
 * other's description happens to have ("first meeting"), and a follow-up ("where?") is asked of
 * it; without such a word the asker is still asked which one.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-two-steering-committees", {
    outlet: "Elm Gazette",
    title: "Two steering committees",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      { id: "arden", kind: "country", name: "Arden", description: "An inland country" },
      { id: "brisk", kind: "country", name: "Brisk", description: "A mountain country" },
      {
        id: "cable-committee",
        kind: "organization",
        name: "Norvik–Castel cable steering committee",
        description: "Committee of the Elm Sea link, co-chaired by two ministers",
        aliases: ["steering committee"],
      },
      {
        id: "vaccine-committee",
        kind: "organization",
        name: "Arden–Brisk vaccine steering committee",
        description:
          "Joint committee that steers the Arden–Brisk vaccine study; first meeting in Vell in May 2026",
        aliases: ["steering committee"],
      },
    ],
    meetings: [
      {
        id: "2026-05-11-norvik-castel-cable-talks",
        title: "Norvik–Castel cable talks",
        date: "2026-05-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["cable", "energy"],
        facts: [
          [
            "cable-first",
            "The Norvik–Castel cable steering committee met for the first time in March 2026 in Lornas.",
            ["cable-committee"],
            null,
          ],
        ],
      },
      {
        id: "2026-05-10-arden-brisk-vaccine-talks",
        title: "Arden–Brisk vaccine talks",
        date: "2026-05-10",
        place: "Vell",
        participants: [
          ["arden", "participant"],
          ["brisk", "participant"],
        ],
        topics: ["vaccine", "health"],
        facts: [
          [
            "vaccine-met",
            "A meeting of the vaccine study's steering committee in Vell ended without a deal on who pays the nurses.",
            ["vaccine-committee", "arden", "brisk"],
          ],
        ],
      },
    ],
  }),
);

describe("a word beside a shared name picks the namesake whose name has it", () => {
  it("answers about the committee whose full name has the word before the shared name", () => {
    const result = engine.answer("when did the cable steering committee first meet?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/March 2026/);
  });

  it("asks a bare follow-up of that committee", () => {
    const result = askedIn(engine, "where?", "when did the cable steering committee first meet?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Lornas/);
  });

  it("still asks which one is meant when no word beside the name picks one", () => {
    const result = engine.answer("when did the steering committee first meet?");
    expect(result.answered).toBe(false);
    expect(result.answer).toMatch(/Which steering committee do you mean\?/);
  });
});
