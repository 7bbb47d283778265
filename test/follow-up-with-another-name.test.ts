/**
 * "And Tarsa?" after a question about Côte d'Ambre asks the same of Tarsa Faso: the new name takes
 * the place of the one of its kind the question had, however that one was typed (accents, an
 * apostrophe, capitals). "And the other minister?" after a profile, or "and the other one?" after
 * a who-question, is the other side of the same meeting or the same act.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { LIRAC_COUNTRIES, madeUpStore } from "./support/made-up-store.ts";

const railway = engineFrom(
  madeUpStore("lirac-rail", {
    outlet: "Lirac Courier",
    title: "Côte d'Ambre and Tarsa Faso share the Lirac railway bill",
    date: "2026-03-11",
    entities: [
      ...LIRAC_COUNTRIES,
      {
        id: "elodie-marceau",
        kind: "person",
        name: "Élodie Marceau",
        description: "Minister of Transport of Côte d'Ambre",
        aliases: ["Marceau"],
      },
      {
        id: "karim-sawadi",
        kind: "person",
        name: "Karim Sawadi",
        description: "Minister of Transport of Tarsa Faso",
        aliases: ["Sawadi"],
      },
      {
        id: "lirac-railway",
        kind: "initiative",
        name: "Lirac railway",
        description: "Railway across the Lirac basin",
      },
      { id: "velmark", kind: "country", name: "Velmark", description: "Country north of the Lirac basin" },
      { id: "port-lirac", kind: "place", name: "Port Lirac", description: "Port town of Côte d'Ambre" },
    ],
    meetings: [
      {
        id: "2026-03-10-lirac-rail-talks",
        title: "Lirac railway talks in Port Lirac",
        date: "2026-03-10",
        place: "Port Lirac",
        participants: [
          ["elodie-marceau", "Minister of Transport of Côte d'Ambre"],
          ["karim-sawadi", "Minister of Transport of Tarsa Faso"],
        ],
        facts: [
          [
            "ambre-pays",
            "Côte d'Ambre will pay 500 million euros for the Lirac railway.",
            ["cote-dambre", "lirac-railway"],
          ],
          [
            "tarsa-pays",
            "Tarsa Faso will pay 300 million euros for the Lirac railway.",
            ["tarsa-faso", "lirac-railway"],
          ],
          [
            "pair-signed",
            "Côte d'Ambre and Tarsa Faso signed the Lirac railway agreement.",
            ["cote-dambre", "tarsa-faso", "lirac-railway"],
          ],
          [
            "chair-handed",
            "Côte d'Ambre, represented by Transport Minister Élodie Marceau, handed the chair of the rail council to Tarsa Faso.",
            ["elodie-marceau", "cote-dambre", "tarsa-faso"],
          ],
        ],
      },
    ],
  }),
);

describe("a follow-up that names only another country asks the same of it", () => {
  it("puts the short name in the place of a name typed with an accent and an apostrophe", () => {
    const result = askedIn(railway, "and tarsa?", "how much is côte d'ambre paying for the lirac railway?");
    expect(result.answer).toContain('Reading it as "how much is Tarsa Faso paying for the lirac railway?"');
    expect(result.answer).toContain("300 million euros");
    expect(result.answer).not.toContain("500 million euros");
  });

  it("finds the name asked before whether or not it was typed with its accent", () => {
    const result = askedIn(
      railway,
      "and tarsa faso?",
      "how much is Cote d'Ambre paying for the lirac railway?",
    );
    expect(result.answer).toContain("300 million euros");
  });

  it("goes back the other way too", () => {
    const result = askedIn(
      railway,
      "and côte d'ambre?",
      "how much is tarsa faso paying for the lirac railway?",
    );
    expect(result.answer).toContain("500 million euros");
  });
});

describe("a swap that could go two ways is asked back, not guessed", () => {
  it("asks which of the two countries the new one takes the place of", () => {
    const result = askedIn(railway, "and velmark?", "what did côte d'ambre and tarsa faso sign?");
    expect(result.answered).toBe(false);
    expect(result.answer).toBe("Which one should Velmark take the place of: Côte d'Ambre or Tarsa Faso?");
    expect(result.suggestions).toEqual([
      "what did Velmark and tarsa faso sign?",
      "what did côte d'ambre and Velmark sign?",
    ]);
  });

  it("does not ask when the new name is one of the two", () => {
    const result = askedIn(railway, "and tarsa faso?", "what did côte d'ambre and tarsa faso sign?");
    expect(result.answer).not.toMatch(/^Which one should/);
  });
});

describe("'the other one' is the other side of the meeting or of the act just told", () => {
  it("after a minister's profile, 'the other minister' is the other country's minister there", () => {
    const result = askedIn(railway, "and the other minister?", "who is élodie marceau?");
    expect(result.answer).toContain('Taking "the other one" as Karim Sawadi');
  });

  it("after 'who handed the chair to …?', the other one is the one on the receiving side", () => {
    const before = askedIn(railway, "who handed the chair of the rail council to tarsa faso?");
    expect(before.answer.startsWith("Élodie Marceau")).toBe(true);
    const result = askedIn(
      railway,
      "and the other one?",
      "who handed the chair of the rail council to tarsa faso?",
    );
    expect(result.answer).toContain('Taking "the other one" as Karim Sawadi');
  });
});
