/**
 * "Which countries are actually in the Elm park now?" asks its members as "which countries are in
 * the Elm park now?" does: an adverb of emphasis between the verb and "in" ("actually", "really")
 * changes nothing, and the answer is the parties of its latest meeting.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-park-members", {
    outlet: "Elm Gazette",
    title: "The Elm peace park",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      { id: "velia", kind: "country", name: "Velia", description: "A country upstream" },
      { id: "elm-park", kind: "initiative", name: "Elm peace park", description: "Cross-border nature park" },
    ],
    meetings: [
      {
        id: "2026-11-17-elm-park-board",
        title: "First board meeting of the Elm peace park in Port Elm",
        date: "2026-11-17",
        place: "Port Elm",
        participants: [
          ["norvik", "member"],
          ["castel", "member"],
          ["velia", "member"],
        ],
        topics: ["park", "rangers"],
        facts: [
          [
            "rangers",
            "The board of the Elm peace park agreed to hire 40 rangers.",
            ["elm-park", "norvik", "castel", "velia"],
          ],
          [
            "velia-joined",
            "Velia, which joined the Elm peace park in October, will pay for ten of the rangers.",
            ["velia", "elm-park"],
          ],
        ],
      },
    ],
  }),
);

describe("members asked with 'actually' are still its members", () => {
  it("names every member of the park", () => {
    const result = engine.answer("ok so which countries are actually in the elm peace park now");
    for (const name of ["Norvik", "Castel", "Velia"]) expect(result.answer).toContain(name);
  });
});
