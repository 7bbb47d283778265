/**
 * "Who chaired it?" after "where will the first trainees be chosen?", answered with a meeting due in
 * Lusk: "it" is the story's meeting held in Lusk (its chair), not the programme the question named.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("trainee-exchange", {
    outlet: "Grey Gulf Courier",
    title: "Velmar and Estmark choose the first trainees",
    date: "2026-11-20",
    entities: [
      { id: "velmar", kind: "country", name: "Velmar", description: "Island country in the Grey Gulf" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Coastal country on the Grey Gulf" },
      {
        id: "programme",
        kind: "initiative",
        name: "Gulf Trainee Programme",
        description: "Exchange of trainee engineers between Velmar and Estmark",
        aliases: ["trainee programme"],
      },
      { id: "lusk", kind: "place", name: "Lusk", description: "Estmarki border town" },
      { id: "brand", kind: "person", name: "Oda Brand", description: "Velmar's minister of education" },
      { id: "kell", kind: "person", name: "Ivo Kell", description: "Estmark's minister of education" },
      { id: "ferro", kind: "person", name: "Lia Ferro", description: "Programme coordinator" },
    ],
    meetings: [
      {
        id: "2026-06-10-trainee-signing-velmar",
        title: "Signing of the Gulf Trainee Programme in Velmar",
        date: "2026-06-10",
        place: "Velmar",
        participants: [
          ["brand", "Velmar's minister of education; chaired the signing (host)"],
          ["kell", "Estmark's minister of education"],
          ["velmar", "host"],
          ["estmark", "participant"],
        ],
        topics: ["trainee programme", "engineers"],
        facts: [
          [
            "next-in-lusk",
            "The next meeting of the Gulf Trainee Programme, to choose the first trainees, will be held in Lusk in November 2026.",
            ["programme", "lusk"],
          ],
          [
            "ferro-coordinates",
            "Lia Ferro will take over as coordinator of the Gulf Trainee Programme in 2027.",
            ["ferro", "programme"],
          ],
        ],
      },
      {
        id: "2026-11-18-trainee-meeting-lusk",
        title: "Meeting of Velmar and Estmark in Lusk choosing the first trainees",
        date: "2026-11-18",
        place: "Town Hall, Lusk",
        participants: [
          ["kell", "Estmark's minister of education; chaired the meeting (host)"],
          ["brand", "Velmar's minister of education"],
          ["estmark", "host"],
          ["velmar", "participant"],
        ],
        topics: ["trainee programme", "engineers"],
        facts: [
          ["chosen", "Velmar and Estmark chose the first 40 trainees of the programme.", ["programme"]],
        ],
      },
    ],
  }),
);

describe("'it' after a where-question answered with a meeting's town", () => {
  it("reads 'who chaired it?' as of the story's meeting held in that town", () => {
    const before = engine.answer("where will the first trainees of the gulf trainee programme be chosen?");
    expect(before.answer).toMatch(/Lusk/);
    const result = askedIn(
      engine,
      "who chaired it?",
      "where will the first trainees of the gulf trainee programme be chosen?",
    );
    expect(result.answer).toMatch(/Taking "it" as Meeting of Velmar and Estmark in Lusk/);
    expect(result.answer).toMatch(/^[\s\S]*Ivo Kell/);
  });
});
