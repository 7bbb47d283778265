/**
 * "Yo is the Norvane Estria border thing done yet or nah?": "done" after "is" says the thing is finished,
 * which the store says in its own words ("the demarcation of the border was finished"); read
 * as the auxiliary "do", the question would ask nothing but the border's name and be answered by
 * any fact about it ("had been marked with 263 pillars"). "When will the border post be done?"
 * still asks when.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("valley-post-tarn-border", {
    outlet: "Valley Post",
    title: "Norvane and Estria finish marking their border",
    date: "2026-10-22",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Country on the Tarn river" },
      { id: "estria", kind: "country", name: "Estria", description: "Country on the Tarn river" },
      {
        id: "tarn-border",
        kind: "other",
        name: "Norvane–Estria border",
        description: "Border between Norvane and Estria along the Tarn river",
        aliases: ["Tarn border"],
      },
      {
        id: "kell-post",
        kind: "initiative",
        name: "Kell border post",
        description: "Joint border post of Norvane and Estria at Kell",
      },
    ],
    meetings: [
      {
        id: "2026-10-20-tarn-commission",
        title: "Norvane–Estria boundary commission meeting in Kell",
        date: "2026-10-20",
        place: "Kell",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
        ],
        topics: ["border", "demarcation"],
        facts: [
          [
            "pillars",
            "By October 2026 the Norvane–Estria border had been marked with 263 pillars.",
            ["tarn-border"],
          ],
          [
            "kilometres",
            "By June 2026, 501 kilometres of the Norvane–Estria border were surveyed.",
            ["tarn-border"],
            "2026-06-30",
          ],
          [
            "complete",
            "The demarcation of the Norvane–Estria border was finished in October 2026.",
            ["tarn-border", "norvane", "estria"],
          ],
          ["post-finish", "The Kell border post is due to be finished by December 2028.", ["kell-post"]],
        ],
      },
    ],
  }),
);

describe("a thing asked done yet is asked finished", () => {
  it("answers with the fact that says it was finished", () => {
    expect(engine.answer("yo is the norvane estria border thing done yet or nah").answer).toContain(
      "was finished",
    );
    expect(engine.answer("is the norvane estria border done?").answer).toContain("was finished");
  });

  it("still asks when of a thing to be done", () => {
    expect(engine.answer("when will the kell border post be done?").answer).toContain("2028");
  });
});
