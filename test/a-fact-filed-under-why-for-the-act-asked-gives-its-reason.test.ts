/**
 * "Why did the ferry pact signing get delayed?" is answered by "The delay in signing the Elm ferry
 * pact followed a cabinet reshuffle in Castel", which its curator filed under "why" and "delay": a
 * fact whose keywords file it under "why" (or "reason") and name the act asked in the act's own
 * word gives that act's reason, however its sentence puts it. The same sentence filed under no
 * "why" stays no reason, and a word of the thing the act is done to ("why did the cable *cost* go
 * up?") is no act a fact filed under "cost" answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { ELM_FERRY_PACT, madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-pact-delayed", {
    outlet: "Elm Gazette",
    title: "Ferry pact late, cable dearer",
    date: "2026-08-20",
    entities: [
      ...norvikAndCastel(),
      ELM_FERRY_PACT,
      {
        id: "elm-bridge-deal",
        kind: "initiative",
        name: "Elm bridge deal",
        description: "A deal on a road bridge between Norvik and Castel",
        aliases: ["bridge deal"],
      },
      {
        id: "elm-cable",
        kind: "initiative",
        name: "Elm cable",
        description: "A sea cable between Norvik and Castel",
        aliases: ["cable"],
      },
    ],
    meetings: [
      {
        id: "2026-08-19-norvik-castel-talks",
        title: "Norvik–Castel talks",
        date: "2026-08-19",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "cables"],
        facts: [
          [
            "pact-delay-reshuffle",
            "The delay in signing the Elm ferry pact followed a cabinet reshuffle in Castel in which a new transport minister took office.",
            ["castel", "ferry-pact"],
            null,
            ["why", "delay", "late", "reshuffle"],
          ],
          [
            "bridge-deal-talks",
            "The delay in signing the Elm bridge deal followed two days of talks in Port Elm.",
            ["norvik", "castel", "elm-bridge-deal"],
            null,
            ["delay", "talks"],
          ],
          [
            "cable-cost-rose",
            "The estimated cost of the Elm cable rose to 8 million euros, up from 6 million in April.",
            ["elm-cable"],
            null,
            ["cost", "rose", "how much"],
          ],
          [
            "norvik-left-cable",
            "Norvik said the Elm cable no longer fits its plans and left the project.",
            ["norvik", "elm-cable"],
            null,
            ["why", "reason", "cost", "left", "plans"],
          ],
        ],
      },
    ],
  }),
);

describe("a fact filed under why for the act asked gives its reason", () => {
  it("answers why the signing was delayed with the fact filed under why and delay", () => {
    const result = engine.answer("why did the ferry pact signing get delayed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/cabinet reshuffle/);
  });

  it("gives no reason from the same sentence filed under no why", () => {
    expect(engine.answer("why did the bridge deal signing get delayed?").answer).not.toMatch(
      /two days of talks/,
    );
  });

  it("does not answer why the cost went up with a fact filed under why and cost", () => {
    expect(engine.answer("why did the elm cable cost go up?").answer).not.toMatch(/no longer fits/);
  });
});
