/**
 * "Who takes over from Trepat?" is told by "Trepat's term as president ends on 31 December 2026,
 * and Folch, the technical director, will take over as president on 1 January 2027": a handover
 * from the one whose holding the sentence ends to the one of their kind who takes over. "Who takes
 * over the chair after Scally?" is told by "Scally will chair the committee for two years, after
 * which the chair passes to an Icelandic scientist", someone the store names only by what they
 * are. Neither says who held a post before anyone.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tunnel-post-handover", {
    outlet: "Tunnel Post",
    title: "The Ventor tunnel entity changes hands",
    date: "2026-11-24",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Country on the Ventor pass" },
      { id: "estria", kind: "country", name: "Estria", description: "Country on the Ventor pass" },
      {
        id: "ventor-entity",
        kind: "organization",
        name: "Ventor Tunnel Entity",
        description: "Binational body of Norvane and Estria that builds the Ventor tunnel",
        aliases: ["VTE"],
      },
      {
        id: "science-committee",
        kind: "organization",
        name: "Ventor science committee",
        description: "Committee of scientists advising the Ventor Tunnel Entity",
      },
      {
        id: "odo-trepat",
        kind: "person",
        name: "Odo Trepat",
        description: "President of the Ventor Tunnel Entity",
      },
      {
        id: "ines-folch",
        kind: "person",
        name: "Ines Folch",
        description: "Technical director of the Ventor Tunnel Entity",
      },
      {
        id: "aine-scally",
        kind: "person",
        name: "Aine Scally",
        description: "Geologist; chairs the Ventor science committee",
      },
    ],
    meetings: [
      {
        id: "2026-11-23-vte-board",
        title: "Board meeting of the Ventor Tunnel Entity",
        date: "2026-11-23",
        place: "Ventor",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
        ],
        topics: ["tunnel", "leadership change"],
        facts: [
          [
            "term-ends",
            "Odo Trepat's term as VTE president ends on 31 December 2026, and Ines Folch, an engineer who is the VTE's technical director, will take over as president on 1 January 2027.",
            ["odo-trepat", "ines-folch", "ventor-entity"],
            null,
          ],
          [
            "took-over",
            "Odo Trepat took over as VTE president in January 2024, and the board adopted its first tunnel budget that spring.",
            ["odo-trepat", "ventor-entity"],
            null,
          ],
          [
            "chair-passes",
            "Aine Scally will chair the Ventor science committee for the first two years, after which the chair passes to an Estrian scientist.",
            ["aine-scally", "science-committee", "estria"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("who takes over is told by a holding that ends and one that begins", () => {
  it("answers who takes over from the one whose term ends", () => {
    const result = engine.answer("who takes over from odo trepat?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Ines Folch\./);
  });

  it("answers who takes over the chair with the one it passes to, unnamed", () => {
    const result = engine.answer(
      "who takes over the chair of the ventor science committee after aine scally?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Estrian scientist/);
  });

  it("does not take the president's handover for who held another post before", () => {
    const result = engine.answer("who was the vte's technical director before ines folch?");
    expect(result.answer).not.toMatch(/^Odo Trepat\./);
  });
});
