/**
 * "Which country was not at the Vessa talks?" asks who was absent, a state denied: "Norvik and
 * Castel could not agree on the price" denies an act of the two who were there, and is no answer.
 * "Velmar was not a party to the Vessa talks" is. A question denying an act ("what could they not
 * agree on?") is still answered by the act denied.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const story = (withAbsent: boolean) =>
  madeUpStore(`elm-gazette-power-talks-${withAbsent ? "absent" : "none"}`, {
    outlet: "Elm Gazette",
    title: "Norvik and Castel on power trade",
    date: "2026-02-18",
    entities: [
      ...norvikAndCastel(),
      {
        id: "velmar",
        kind: "country",
        name: "Velmar",
        description: "A country whose grid carries the power",
      },
      { id: "vessa", kind: "place", name: "Vessa", description: "The capital of Norvik" },
    ],
    meetings: [
      {
        id: "2026-02-16-power-talks-vessa",
        title: "Norvik–Castel power trade talks in Vessa",
        date: "2026-02-16",
        place: "Vessa",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["power", "electricity"],
        facts: [
          [
            "price-not-agreed",
            "At the Vessa talks Norvik and Castel could not agree on the price of the electricity.",
            ["norvik", "castel"],
          ],
          ...(withAbsent
            ? [
                [
                  "velmar-not-a-party",
                  "Velmar, whose grid carries the power, was not a party to the Vessa talks.",
                  ["velmar"],
                ] as [string, string, string[]],
              ]
            : []),
        ],
      },
    ],
  });

describe("who was not at a meeting", () => {
  it("is not the pair that could not agree there", () => {
    const result = engineFrom(story(false)).answer("which country was not at the vessa talks?");
    expect(result.answer).not.toContain("price");
  });

  it("is the one told absent", () => {
    const result = engineFrom(story(true)).answer("which country was not at the vessa talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Velmar");
    expect(result.answer).not.toContain("price");
  });

  it("leaves an act denied to a question denying the act", () => {
    const result = engineFrom(story(false)).answer(
      "what could norvik and castel not agree on at the vessa talks?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("price");
  });
});
