/**
 * A where-answer says where: when the fact tells the act asked but names only its month ("when the
 * ferry accord was signed in April 2026"), the meeting's venue leads the answer, for "in April" is
 * a time, not a place. A fact that names its place itself ("in Port Elm") is told as it is.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

/** A made-up article: two countries sign a ferry accord at a harbour hall. */
const engine = engineFrom(
  madeUpStore("elm-gazette-ferry-accord", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel bring back their ferry",
    date: "2026-04-14",
    entities: [
      ...norvikAndCastel("A coastal country", "A coastal country"),
      { id: "skarra-bay", kind: "place", name: "Skarra Bay", description: "A bay between the two" },
      {
        id: "petra-lund",
        kind: "person",
        name: "Petra Lund",
        description: "Minister of Transport of Norvik",
        aliases: ["Lund"],
      },
    ],
    meetings: [
      {
        id: "2026-04-13-norvik-castel-ferry-accord",
        title: "Signing of the Norvik–Castel ferry accord",
        date: "2026-04-13",
        place: "Harbour Hall, Port Elm",
        participants: [
          ["petra-lund", "Minister of Transport of Norvik"],
          ["castel", "participant"],
        ],
        summary: "Norvik and Castel signed a ferry accord.",
        topics: ["transport"],
        facts: [
          [
            "lund-transport-minister",
            "Petra Lund was Norvik's Minister of Transport when the ferry accord was signed in April 2026.",
            ["petra-lund", "norvik"],
            null,
          ],
          [
            "ferry-weekly",
            "Under the ferry accord the boat between Norvik and Castel will sail once a week in Skarra Bay.",
            ["norvik", "castel", "skarra-bay"],
          ],
        ],
      },
    ],
  }),
);

describe("a where-answer names the place asked", () => {
  it("leads with the meeting's venue when the fact says only the month the act was done in", () => {
    const result = engine.answer("where was the ferry accord signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^In Harbour Hall, Port Elm: /);
  });

  it("tells a fact that names its own place as it is", () => {
    const result = engine.answer("where will the ferry between Norvik and Castel sail?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Skarra Bay");
    expect(result.answer).not.toContain("Port Elm");
  });
});
