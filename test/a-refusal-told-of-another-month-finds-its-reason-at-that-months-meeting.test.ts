/**
 * "Why did Norvik refuse to pay?" where the refusal is only stated with no reason of its own is
 * answered by what Norvik's minister said at the meeting where it refused. A later article may
 * recall the refusal ("In March 2026 Norvik had refused to pay for …", told at the June signing):
 * the refusal was made at the story's March meeting, and the reason is what the minister said
 * there, not a remark of the June signing about paying for something else.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const participants: [string, string][] = [
  ["norvik", "participant"],
  ["castel", "participant"],
  ["ana-roth", "Norvik's minister"],
];

const engine = engineFrom(
  madeUpStore("elm-gazette-levee-talks", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel agree on Elm flood defences",
    date: "2026-06-26",
    entities: [
      ...norvikAndCastel("A country on the Elm river"),
      {
        id: "ana-roth",
        kind: "person",
        name: "Ana Roth",
        description: "Norvik's Minister of Water",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-norvik-castel-elm-flood-talks",
        title: "Norvik–Castel talks on Elm flood defences",
        date: "2026-03-10",
        place: "Elmford",
        participants,
        topics: ["floods", "Elm river"],
        facts: [
          [
            "march-refused",
            "At the Elmford talks Norvik refused to pay for any levees on the Castel bank of the Elm.",
            ["norvik", "castel"],
          ],
          [
            "march-reason",
            "Ana Roth said Norvik taxpayers would pay for Norvik levees and that Norvik could not build levees in another country with their money.",
            ["ana-roth", "norvik"],
          ],
        ],
      },
      {
        id: "2026-06-25-norvik-castel-elm-flood-signing",
        title: "Signing of the Norvik–Castel Elm flood agreement",
        date: "2026-06-25",
        place: "Castelbridge",
        participants,
        topics: ["floods", "Elm river"],
        facts: [
          [
            "june-recalled",
            "In March 2026 Norvik had refused to pay for any works on the Castel bank of the Elm.",
            ["norvik", "castel"],
            null,
          ],
          [
            "june-remark",
            "Ana Roth said Norvik's no to paying for Castel levees had not changed, but that a warning is only useful if it reaches everyone, so Norvik would pay for the river gauges.",
            ["ana-roth", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a refusal told of another month finds its reason at that month's meeting", () => {
  it("answers why with what the minister said at the March talks, not at the June signing", () => {
    const result = engine.answer("why did norvik refuse to pay for any works on the castel bank of the elm?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("taxpayers");
    expect(result.answer).not.toContain("river gauges");
  });
});
