/**
 * "What did Castel turn down at the November meeting?" where "the November meeting" is the alias
 * of another meeting, one Castel never took part in: by its month the phrase names the meeting of
 * that month Castel's fact is of. Another month names no meeting of Castel's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-doctors-committee", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel on the doctors' allowances",
    date: "2026-11-26",
    entities: [
      ...norvikAndCastel(),
      { id: "velia", kind: "country", name: "Velia", description: "A country upstream on the Elm river" },
      { id: "orsa", kind: "country", name: "Orsa", description: "A country downstream on the Elm river" },
      { id: "vessa", kind: "place", name: "Vessa", description: "The capital of Norvik" },
      {
        id: "velia-orsa-november-meeting",
        kind: "event",
        name: "Velia–Orsa river ministers' meeting, November 2025",
        description: "Planned meeting of the Velia and Orsa river ministers on the Elm river toll",
        aliases: ["November meeting"],
      },
    ],
    meetings: [
      {
        id: "2025-07-10-velia-orsa-river-talks",
        title: "Velia–Orsa talks on the Elm river toll",
        date: "2025-07-10",
        place: "Vessa",
        participants: [
          ["velia", "participant"],
          ["orsa", "participant"],
        ],
        topics: ["river", "toll"],
        facts: [
          [
            "toll-to-november",
            "Velia and Orsa put off a decision on the Elm river toll to their November meeting.",
            ["velia", "orsa", "velia-orsa-november-meeting"],
          ],
        ],
      },
      {
        id: "2026-11-24-doctors-committee-vessa",
        title: "Meeting of the Norvik–Castel doctors' committee in Vessa",
        date: "2026-11-24",
        place: "Vessa",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["doctors", "allowances"],
        facts: [
          [
            "castel-refused-half",
            "Castel refused Norvik's offer to pay half of the doctors' allowances.",
            ["castel", "norvik"],
          ],
          ["next-meeting", "Norvik and Castel will meet again in March 2027.", ["castel", "norvik"]],
        ],
      },
    ],
  }),
);

describe("the month's meeting of a country", () => {
  it("is its meeting of that month, not a namesake of another", () => {
    const result = engine.answer("what did castel refuse at the november meeting?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("half of the doctors' allowances");
  });

  it("is not its meeting of another month", () => {
    const result = engine.answer("what did castel refuse at the march meeting?");
    expect(result.answer).not.toContain("half of the doctors' allowances");
  });
});
