/**
 * "Where was the second round of the carp talks held?" asks about the second round. A fact of it
 * that says "the third and final round of the carp talks is to be held in Dorra" tells of another
 * round: it puts another ordinal on the meeting's noun and never the one asked. The fact of the
 * second round itself answers, and the third round's place is still where the third was held.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

type Sentence = [string, string, string[]];

const story = (facts: Sentence[]) =>
  engineFrom(
    madeUpStore("elm-gazette-carp-rounds", {
      outlet: "Elm Gazette",
      title: "Carp talks end their second round",
      date: "2026-05-22",
      entities: [...norvikAndCastel()],
      meetings: [
        {
          id: "2026-05-21-norvik-castel-carp-talks-vessa",
          title: "Second round of the Norvik–Castel carp talks",
          date: "2026-05-21",
          place: "Vessa",
          participants: NORVIK_AND_CASTEL,
          topics: ["carp", "fisheries"],
          facts,
        },
      ],
    }),
  );

const next: Sentence = [
  "next",
  "The third and final round of the Norvik–Castel carp talks is to be held in Dorra in September 2026.",
  ["norvik", "castel"],
];
const quota: Sentence = [
  "quota",
  "Norvik and Castel agreed to cut the carp quota by a fifth.",
  ["norvik", "castel"],
];
const held: Sentence = [
  "held",
  "The second round of the Norvik–Castel carp talks was held at the Vessa Fisheries Institute.",
  ["norvik", "castel"],
];

describe("where the next round is to be held is not where the round asked was", () => {
  it("does not answer where the second round was held with the third round's place", () => {
    const answer = story([next, quota]).answer(
      "where was the second round of the Norvik–Castel carp talks held?",
    );
    expect(answer.answer).not.toMatch(/Dorra/);
  });

  it("answers with the second round's own fact", () => {
    const answer = story([next, quota, held]).answer(
      "where was the second round of the Norvik–Castel carp talks held?",
    );
    expect(answer.answer).toMatch(/Fisheries Institute/);
  });

  it("still answers where the third round is to be held", () => {
    const answer = story([next, quota, held]).answer(
      "where will the third round of the Norvik–Castel carp talks be held?",
    );
    expect(answer.answer).toMatch(/Dorra/);
  });
});
