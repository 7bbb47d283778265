/**
 * "When was the Lindora Lake Commission set up?" where the store has "the commission was set up …
 * in September 2024" and, filed under the commission but not naming it, "Norvik and Castel agreed
 * on 3 March 2026 … to set up a joint fisheries programme": the finer day of the second sentence is
 * of something else set up, so the sentence that names the commission answers. A question about
 * the agreement itself is still answered with its day.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lake-post-commission-session", {
    outlet: "Lake Post",
    title: "Norvik and Castel agree to expand the Port Elm harbour",
    date: "2026-03-05",
    entities: [
      ...norvikAndCastel("A lake country", "Its neighbour across the lake"),
      {
        id: "lindora-commission",
        kind: "organization",
        name: "Lindora Lake Commission",
        description: "Joint commission of Norvik and Castel on Lake Lindora",
        aliases: ["LLC"],
      },
      {
        id: "port-elm-harbour",
        kind: "place",
        name: "Port Elm harbour",
        description: "Harbour on Lake Lindora shared by Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-03-03-lindora-commission-session",
        title: "Lindora Lake Commission session in Port Elm",
        date: "2026-03-03",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["lindora-commission", "host"]],
        topics: ["harbour", "fisheries"],
        facts: [
          [
            "agree-expand",
            "Norvik and Castel agreed on 3 March 2026 to expand the Port Elm harbour with a new quay, and to set up a joint fisheries programme on the lake.",
            ["norvik", "castel", "port-elm-harbour", "lindora-commission"],
            "2026-03-03",
          ],
          [
            "commission-set-up",
            "The Lindora Lake Commission was set up by the governments of Norvik and Castel in September 2024.",
            ["lindora-commission", "norvik", "castel"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a when-question is answered by the fact that names the thing asked", () => {
  it("dates the commission's setting up by the sentence that names it", () => {
    const result = engine.answer("when was the lindora lake commission set up?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("September 2024");
    expect(result.answer).not.toContain("3 March 2026");
  });

  it("still dates the agreement to expand the harbour by its own day", () => {
    const result = engine.answer("when did norvik and castel agree to expand the port elm harbour?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("3 March 2026");
  });
});
