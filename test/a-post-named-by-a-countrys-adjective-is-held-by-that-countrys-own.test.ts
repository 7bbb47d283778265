/**
 * "Who heads Norwegian customs at the Svinesund crossing?" asks for Norway's own holder of that post, a person
 * or a body. A fact about the crossing whose answer would be another country ("Norway and Sweden
 * agreed …" answers "Sweden"), or a person known to be of another country (who runs a project at
 * Swedish customs), does not say who heads Norwegian customs: the question is refused, not
 * answered with a country or with the neighbour's official. Asked of the neighbour's side, its
 * own official still answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("svinesund-customs", {
    outlet: "Border Courier",
    title: "Norway and Sweden agree on a shared customs system at Svinesund",
    date: "2026-04-02",
    entities: [
      { id: "norway", kind: "country", name: "Norway", description: "Nordic country" },
      { id: "sweden", kind: "country", name: "Sweden", description: "Nordic country" },
      {
        id: "karin-lund",
        kind: "person",
        name: "Karin Lund",
        description: "Head of the single window project at Swedish customs",
      },
    ],
    meetings: [
      {
        id: "2026-03-30-svinesund-talks",
        title: "Norway–Sweden talks on the Svinesund customs crossing",
        date: "2026-03-30",
        place: "Svinesund",
        participants: [["karin-lund", "Head of the single window project at Swedish customs"]],
        facts: [
          [
            "crossing-agreed",
            "Norway and Sweden agreed on 30 March 2026 to reopen the Svinesund border crossing once a joint electronic customs system is running on both sides of the frontier.",
            ["norway", "sweden"],
          ],
          [
            "lund-heads",
            "According to Karin Lund, who runs the single window project at Swedish customs, 3,200 travellers crossed at Svinesund on the first day after the reopening.",
            ["karin-lund", "sweden"],
          ],
        ],
      },
    ],
  }),
);

describe("a post named by a country's adjective is held by that country's own", () => {
  it("does not answer who heads one country's customs with the other country or its official", () => {
    const reply = askedIn(engine, "who heads norwegian customs at the svinesund crossing?");
    expect(reply.answer).not.toMatch(/^(Sweden|Karin Lund)/);
    expect(reply.answered).toBe(false);
  });

  it("still answers the neighbour's side with its own official", () => {
    expect(askedIn(engine, "who runs the single window project at swedish customs?").answer).toMatch(
      /Karin Lund/,
    );
  });
});
