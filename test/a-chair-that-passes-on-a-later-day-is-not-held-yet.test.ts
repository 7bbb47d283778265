/**
 * "Who chairs the Ras committee?" asked in November 2026 is not answered by "the chairmanship of
 * the Ras committee passes from Norvane to Estria on 1 January 2027, with Lio Brand as chair": told
 * in the present, a handover on a day after the telling is still to come, as "will pass" is, and
 * the one who chairs it now answers. Asked who will chair it, the handover still answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("border-daily-ras-chair", {
    outlet: "Border Daily",
    title: "The Ras committee meets on the new crossing",
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
        id: "mara-dellis",
        kind: "person",
        name: "Mara Dellis",
        description: "Norvane's Minister of Transport",
      },
      {
        id: "lio-brand",
        kind: "person",
        name: "Lio Brand",
        description: "Estria's Minister of Transport",
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
          ["mara-dellis", "chair"],
          ["lio-brand", "participant"],
        ],
        topics: ["border crossing", "trucks"],
        facts: [
          [
            "passes",
            "The chairmanship of the Ras Joint Committee passes from Norvane to Estria on 1 January 2027, with Lio Brand as chair.",
            ["ras-committee", "norvane", "estria", "lio-brand"],
            null,
          ],
          [
            "chairs-2026",
            "Mara Dellis chairs the Ras Joint Committee in 2026.",
            ["mara-dellis", "ras-committee"],
            null,
          ],
          [
            "trucks",
            "The Ras Joint Committee agreed to open the crossing to trucks at night from March 2027.",
            ["ras-committee"],
          ],
        ],
      },
    ],
  }),
);

describe("a chair that passes on a later day is not held yet", () => {
  it("answers who chairs the committee with the one who chairs it now", () => {
    const result = engine.answer("who chairs the ras joint committee");
    expect(result.answer).toContain("Mara Dellis");
    expect(result.answer).not.toMatch(/^(?:Estria|Lio Brand)\b/);
  });

  it("still tells the handover when the one to come is asked", () => {
    expect(engine.answer("who will chair the ras joint committee in 2027?").answer).toContain("Estria");
  });
});
