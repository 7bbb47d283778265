/**
 * "What's Velmar's problem with the canal permit?", "what was Velmar's objection to it?", "what's
 * Velmar's beef with it?": what a party holds against something is why it objects, which a fact
 * gives in its own words ("Velmar said the canal would take a fifth of the Kulla's summer flow"),
 * not the bare objection the question already takes for granted ("Velmar objected to the permit").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-canal", {
    outlet: "Dunmore Gazette",
    title: "Velmar protests the Estmark canal permit",
    date: "2026-04-20",
    entities: [
      ...KULLA_NEIGHBOURS,
      {
        id: "lisk-canal",
        kind: "initiative",
        name: "Lisk irrigation canal",
        aliases: ["Lisk canal"],
        description: "Irrigation canal Estmark plans to dig from the Kulla",
      },
    ],
    meetings: [
      {
        id: "2026-04-18-dunmore",
        title: "Kulla water talks in Dunmore",
        date: "2026-04-18",
        place: "Dunmore",
        participants: [
          ["velmar", "participant"],
          ["estmark", "host"],
        ],
        topics: ["water"],
        facts: [
          [
            "velmar-objected",
            "Velmar objected to Estmark's permit for the Lisk irrigation canal.",
            ["velmar", "estmark", "lisk-canal"],
          ],
          [
            "velmar-reason",
            "Velmar said the Lisk canal would take a fifth of the Kulla's summer flow away from its farms.",
            ["velmar", "lisk-canal"],
            undefined,
            ["objection", "permit"],
          ],
        ],
      },
    ],
  }),
);

describe("what one party has against something asks why it objects", () => {
  it("answers 'what's velmar's problem with the lisk canal permit' with its reason", () => {
    expect(engine.answer("what's velmar's problem with the lisk canal permit").answer).toContain("a fifth");
  });

  it("answers 'what was velmar's objection to the lisk canal permit' with its reason", () => {
    expect(engine.answer("what was velmar's objection to the lisk canal permit?").answer).toContain(
      "a fifth",
    );
  });

  it("answers 'what's velmar's beef with the lisk canal permit' with its reason", () => {
    expect(engine.answer("what's velmar's beef with the lisk canal permit").answer).toContain("a fifth");
  });
});
