/**
 * "What did Norvik refuse at the Vessa causeway talks?": the words from "the" to "talks" name the
 * meeting, and a fact of that meeting holds them through its place and its title, as "in Vessa"
 * is held, though its sentence says neither "Vessa" nor "causeway". Only a meeting that holds the
 * whole phrase: a fact of another meeting (one with part of the words) is no answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-causeway-talks", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel on the causeway",
    date: "2026-06-17",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      { id: "vessa", kind: "place", name: "Vessa", description: "A port town in Norvik" },
      { id: "tarn", kind: "place", name: "Tarn", description: "The capital of Castel" },
    ],
    meetings: [
      {
        id: "2026-02-09-causeway-talks-vessa",
        title: "Second round of Norvik–Castel causeway talks in Vessa",
        date: "2026-02-09",
        place: "Vessa, Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["causeway", "customs"],
        facts: [
          [
            "norvik-refused-checkpoint",
            "Norvik refused Castel's proposal of a single joint customs checkpoint.",
            ["norvik", "castel"],
          ],
          [
            "funding-open",
            "Norvik and Castel did not decide how the second bridge would be paid for.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-06-16-causeway-signing-tarn",
        title: "Signing of the Norvik–Castel causeway agreement in Tarn",
        date: "2026-06-16",
        place: "Tarn, Castel",
        participants: [
          ["castel", "host"],
          ["norvik", "participant"],
        ],
        topics: ["causeway", "customs"],
        facts: [
          [
            "lorries-kept-off",
            "Norvik and Castel agreed that lorries will not use the new motorway.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a place in the phrase naming the meeting", () => {
  it("is held by a fact of the meeting held there", () => {
    const result = engine.answer("what did norvik refuse at the vessa causeway talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("checkpoint");
  });

  it("is held as the place after 'in' is", () => {
    const result = engine.answer("what did norvik refuse at the vessa talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("checkpoint");
  });

  it("is not held by a fact of another meeting", () => {
    const result = engine.answer("what did norvik refuse at the tarn signing?");
    expect(result.answer).not.toContain("checkpoint");
  });
});
