/**
 * "Who's the new LSR boss?", "who's the T&T coast guard boss?": the body named before "boss" is
 * the one whose head is asked, as in "who's the boss of LSR?"; "boss" is no word the fact says
 * ("Estelle Dagou, managing director of Lagune Rail, heads the company"). A body the store has no head for stays refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lagune-rail", {
    outlet: "Port Sella Courier",
    title: "New head for Lagune Rail",
    date: "2026-10-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      {
        id: "lagune-rail",
        kind: "organization",
        name: "Lagune Rail",
        aliases: ["LGR"],
        description: "Railway company of Veloria",
      },
      {
        id: "amari-ferries",
        kind: "organization",
        name: "Amari Ferries",
        description: "Ferry company of Veloria",
      },
      {
        id: "estelle-dagou",
        kind: "person",
        name: "Estelle Dagou",
        description: "Managing director of Lagune Rail",
      },
    ],
    meetings: [
      {
        id: "2026-10-01-lagune",
        title: "Lagune Rail board meeting",
        date: "2026-10-01",
        place: "Port Sella",
        participants: [["lagune-rail", "host"]],
        topics: ["railways"],
        facts: [
          [
            "dagou-director",
            "Estelle Dagou, managing director of Lagune Rail since 1 October 2026, heads the company.",
            ["estelle-dagou", "lagune-rail"],
          ],
          [
            "lagune-line",
            "Lagune Rail runs the line from Port Sella to Kolna, and its head office leads the rail reform.",
            ["lagune-rail"],
          ],
          [
            "ferries-fares",
            "Amari Ferries raised its fares by 10 percent in October 2026.",
            ["amari-ferries"],
          ],
        ],
      },
    ],
  }),
);

describe("a body named before 'boss' is the body whose head is asked", () => {
  it("answers 'who's the new LGR boss' with its head", () => {
    expect(engine.answer("who's the new LGR boss pls").answer).toContain("Estelle Dagou");
  });

  it("answers 'who's the boss of Lagune Rail' alike", () => {
    expect(engine.answer("who's the boss of lagune rail?").answer).toContain("Estelle Dagou");
  });

  it("does not name a head for a body the store has none for", () => {
    expect(engine.answer("yo who's the new amari ferries boss lol").answered).toBe(false);
  });
});
