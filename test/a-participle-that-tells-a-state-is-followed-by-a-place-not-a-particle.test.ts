/**
 * "How many containers stuck in the old harbour …?": a past participle that is also an adjective,
 * right after the noun it describes, tells a state, and "in the old harbour" says where: it is not
 * WordNet's pair "stick in" (inserting, introducing), which would find no fact.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("harbour-strike", {
    outlet: "Port Sella Gazette",
    title: "Dockers' strike holds up Norland's exports",
    date: "2026-05-14",
    entities: [
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "port-sella", kind: "place", name: "Port Sella", description: "Capital of Norland" },
    ],
    meetings: [
      {
        id: "2026-05-13-strike-talks",
        title: "Talks on the Port Sella dockers' strike",
        date: "2026-05-13",
        place: "Port Sella",
        participants: [["norland", "host"]],
        topics: ["strike", "exports"],
        facts: [
          [
            "containers-stuck",
            "About 1,200 export containers have been stuck in the old harbour of Port Sella since the dockers' strike began.",
            ["norland", "port-sella"],
          ],
          [
            "shifts-introduced",
            "Norland introduced night shifts for 300 dockers at the new harbour of Port Sella in April 2026.",
            ["norland", "port-sella"],
          ],
          [
            "talks-set",
            "Norland's transport ministry set new talks with the dockers' union for 20 May 2026.",
            ["norland"],
          ],
        ],
      },
    ],
  }),
);

/** The question's words as the engine reads them. */
function wordsRead(question: string): string[] {
  return understand(question, engine.base).plan.terms.map((term) => term.word);
}

describe("a participle that tells a state is followed by a place, not a particle", () => {
  it("keeps 'stuck' as the word asked, not the pair 'stick in' read as 'introduce'", () => {
    const words = wordsRead("how many export containers stuck in the old harbour are there");
    expect(words).toContain("stuck");
    expect(words).not.toContain("introduce");
  });

  it("still reads a pair whose particle has no place after it", () => {
    expect(wordsRead("when were night shifts brought in")).not.toContain("brought");
  });

  it("reads 'containers stuck in the old harbour' as where they are stuck", () => {
    const result = engine.answer("how many export containers stuck in the old harbour are there");
    expect(result.answer).toContain("1,200");
  });
});
