/**
 * Two committees of two stories share the alias "steering committee". Only one's description says
 * it meets, but the other's facts say so too: "when is the next steering committee meeting?"
 * picks neither, and the asker is asked which one. A name of the question still picks one.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-two-committees", {
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
        description: "Committee of the Elm Sea cable; first meeting in Port Elm, co-chaired by two ministers",
        aliases: ["steering committee"],
      },
      {
        id: "vaccine-committee",
        kind: "organization",
        name: "Arden–Brisk vaccine steering committee",
        description: "Joint committee that steers the Arden–Brisk vaccine study",
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
            "cable-next",
            "The Norvik–Castel cable steering committee will meet next in Lornas in April 2027.",
            ["cable-committee", "norvik", "castel"],
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
          [
            "vaccine-next",
            "The nurses' pay will be taken up again at the next steering committee meeting, which has not yet been scheduled.",
            ["vaccine-committee"],
          ],
        ],
      },
    ],
  }),
);

describe("a word both namesakes are told with does not pick one", () => {
  it("asks which steering committee is meant when only the words of both are asked", () => {
    const result = engine.answer("when is the next steering committee meeting");
    expect(result.answered).toBe(false);
    expect(result.answer).toMatch(/Which steering committee do you mean\?/);
  });

  it("answers about the one a name of the question picks", () => {
    const result = engine.answer("when will the Norvik steering committee meet next?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/April 2027/);
  });
});
