/**
 * "Who chairs the Ras committee?" asked in November 2026 is not answered by "Estria takes over the
 * chair of the Ras committee in January 2027", nor "who's running the commission?" by "the chair
 * will rotate between Norvane and Estria every three years": a holding still to come says who will
 * hold the post, not who does. ("Will chair the council until the end of 2027" may be held already,
 * and "who's the new chair?" may ask for the one coming: neither is turned down.)
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("border-daily-committee", {
    outlet: "Border Daily",
    title: "The Ras committee meets on the desalination plant",
    date: "2026-11-20",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Country on the Ras crossing" },
      { id: "estria", kind: "country", name: "Estria", description: "Country on the Ras crossing" },
      {
        id: "ras-committee",
        kind: "organization",
        name: "Ras Joint Committee",
        description: "Committee of Norvane and Estria that runs the Ras border crossing",
      },
      {
        id: "lira-commission",
        kind: "organization",
        name: "Lira Flood Commission",
        description: "Flood commission of Norvane and Estria on the Lira river",
      },
      {
        id: "mara-dellis",
        kind: "person",
        name: "Mara Dellis",
        description: "Norvane's Minister of Transport",
      },
    ],
    meetings: [
      {
        id: "2026-11-18-ras-meeting",
        title: "Ras Joint Committee meeting in Zorin",
        date: "2026-11-18",
        place: "Zorin",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
        ],
        topics: ["border crossing", "desalination"],
        facts: [
          [
            "takes-over",
            "Estria takes over the chair of the Ras Joint Committee in January 2027.",
            ["estria", "ras-committee"],
            null,
          ],
          [
            "chaired-meeting",
            "Mara Dellis, Norvane's Minister of Transport, chaired the Ras Joint Committee meeting in Zorin.",
            ["mara-dellis", "ras-committee", "norvane"],
          ],
          [
            "rotation",
            "The chair of the Lira Flood Commission will rotate between Norvane and Estria every three years.",
            ["lira-commission", "norvane", "estria"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a holding still to come does not say who holds the post now", () => {
  it("answers who chairs the committee with the one who chairs it, not the one taking over", () => {
    const result = engine.answer("who chairs the ras joint committee?");
    expect(result.answer).not.toMatch(/^Estria takes over/);
    expect(result.answer).not.toMatch(/^Estria\./);
  });

  it("does not answer who runs the commission with a rotation to come", () => {
    const result = engine.answer("who chairs the lira flood commission now?");
    expect(result.answer).not.toMatch(/will rotate/);
  });
});
