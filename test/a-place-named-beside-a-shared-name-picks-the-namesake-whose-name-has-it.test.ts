/**
 * Two committees share the alias "steering committee". A name right beside the shared one, read as
 * a name of its own ("the *Lornas* steering committee", Lornas being a town the store knows), picks
 * the committee whose full name has it ("Lornas cable steering committee"), as a word beside it
 * does; without one the asker is still asked which committee is meant.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-lornas-committee", {
    outlet: "Elm Gazette",
    title: "Two steering committees",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      { id: "lornas", kind: "place", name: "Lornas", description: "A port town in Norvik" },
      { id: "vell", kind: "place", name: "Vell", description: "A town in Castel" },
      {
        id: "cable-committee",
        kind: "organization",
        name: "Lornas cable steering committee",
        description: "Committee of the Elm Sea cable landing at Lornas",
        aliases: ["steering committee"],
      },
      {
        id: "vaccine-committee",
        kind: "organization",
        name: "Vell vaccine steering committee",
        description: "Joint committee that steers the vaccine study in Vell",
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
            "castel-joined",
            "Castel joined the Lornas cable steering committee on 11 May 2026.",
            ["castel", "cable-committee"],
          ],
          [
            "castel-joined-vaccine",
            "Castel joined the Vell vaccine steering committee in February 2025.",
            ["castel", "vaccine-committee"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a place named beside a shared name picks the namesake whose name has it", () => {
  it("answers about the committee whose full name has the place", () => {
    const result = engine.answer("when did castel join the lornas steering committee?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("11 May 2026");
  });

  it("still asks which one is meant when nothing beside the name picks one", () => {
    const result = engine.answer("when did castel join the steering committee?");
    expect(result.answer).toMatch(/Which steering committee do you mean\?/);
  });
});
