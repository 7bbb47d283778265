/**
 * "Which countries are in the Harbour Council?" where the body's description names no members: only
 * a fact that says who is a member answers ("thanked all Harbour Council member countries,
 * including Estmark"); facts that name the body beside a country (its chair, its host, a meeting)
 * are no list of its members. With no such fact, the refusal says what is missing.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { envoyVisitStore } from "./support/made-up-envoy-visit.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(envoyVisitStore());

describe("a members question is answered only by a fact of membership", () => {
  it("answers from the fact that names a member country, and from no other", () => {
    const result = askedIn(engine, "which countries are in the harbour council");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Estmark");
    expect(result.facts.map((f) => f.id)).toEqual(["velko-thanked-member-countries"]);
  });

  it("refuses, saying what is missing, when no fact says who is a member", () => {
    const silent = engineFrom(
      madeUpStore("velmar-courier-ferry-board", {
        outlet: "Velmar Courier",
        title: "Norvia chairs the Ferry Board",
        date: "2026-06-02",
        entities: [
          { id: "norvia", kind: "country", name: "Norvia", description: "Country on the Velmar lakes" },
          { id: "estmark", kind: "country", name: "Estmark", description: "Country on the Velmar lakes" },
          {
            id: "ferry-board",
            kind: "organization",
            name: "Velmar Ferry Board",
            description: "Board that sets the ferry timetables of the Velmar lakes",
          },
        ],
        meetings: [
          {
            id: "2026-06-02-ferry-board",
            title: "Velmar Ferry Board meeting",
            date: "2026-06-02",
            place: "Norvia",
            participants: [
              ["norvia", "chair"],
              ["estmark", "guest"],
            ],
            facts: [
              [
                "norvia-chairs",
                "Norvia took over the chairmanship of the Velmar Ferry Board.",
                ["norvia", "ferry-board"],
              ],
              [
                "estmark-timetable",
                "Estmark asked the Velmar Ferry Board for a winter timetable.",
                ["estmark", "ferry-board"],
              ],
            ],
          },
        ],
      }),
    );
    const result = askedIn(silent, "which countries are in the velmar ferry board?");
    expect(result.answered).toBe(false);
    expect(result.answer).toMatch(/which countries are in the Velmar Ferry Board/);
  });
});
