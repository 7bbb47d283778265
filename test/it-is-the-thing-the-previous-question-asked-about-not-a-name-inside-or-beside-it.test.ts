/**
 * "It" in a follow-up is the thing the previous question asked about, its first noun phrase: after
 * "what happened to Corvex's 20 percent stake in Tallcable?", "who gets it now?" is the stake, not
 * Corvex; after "how long is the pipeline Velmar is paying for?", "who's building it?" is the
 * pipeline, not Velmar; after "when did the Brask grain depot open?", "who runs it?" is the depot.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("stake-and-pipeline", {
    outlet: "Grey Gulf Courier",
    title: "Velmar and Estmark settle the cable and the pipeline",
    date: "2026-11-20",
    entities: [
      { id: "velmar", kind: "country", name: "Velmar", description: "Island country in the Grey Gulf" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Coastal country on the Grey Gulf" },
      {
        id: "corvex",
        kind: "organization",
        name: "Corvex Telecom",
        description: "Velmari telecoms operator that held 20 percent of Tallcable",
        aliases: ["Corvex"],
      },
      {
        id: "tallcable",
        kind: "organization",
        name: "Tallcable Company",
        description: "Joint company building the Velmar–Estmark cable",
        aliases: ["Tallcable"],
      },
      { id: "ostra", kind: "organization", name: "Ostra Works", description: "Estmarki pipeline builder" },
      {
        id: "depot",
        kind: "place",
        name: "Brask grain depot",
        description: "Joint grain depot at the Brask crossing",
      },
      { id: "graincorp", kind: "organization", name: "Gulf Grain Services", description: "Depot operator" },
    ],
    meetings: [
      {
        id: "2026-11-18-gulf-talks",
        title: "Velmar–Estmark talks in Velmar",
        date: "2026-11-18",
        place: "Velmar",
        participants: [
          ["velmar", "host"],
          ["estmark", "participant"],
        ],
        topics: ["cable", "pipeline"],
        facts: [
          [
            "corvex-left",
            "Corvex Telecom, which held 20 percent of Tallcable Company, pulled out of the cable in November 2026.",
            ["corvex", "tallcable"],
          ],
          [
            "stake-split",
            "Velmar and Estmark have not decided whether to split Corvex's 20 percent stake in Tallcable between them or find a new partner.",
            ["corvex", "tallcable", "velmar", "estmark"],
          ],
          [
            "pipeline-length",
            "Velmar is paying for a 46-kilometre water pipeline to the Estmarki border town of Lusk.",
            ["velmar"],
          ],
          ["pipeline-builder", "Ostra Works will build the water pipeline to Lusk.", ["ostra"]],
          ["depot-open", "The Brask grain depot opened on 2 November 2026.", ["depot"]],
          ["depot-run", "The Brask grain depot is run by Gulf Grain Services.", ["depot", "graincorp"]],
          ["velmar-runs", "Velmar runs the Brask crossing's customs post.", ["velmar"]],
        ],
      },
    ],
  }),
);

describe("'it' is the thing the previous question asked about", () => {
  it("reads 'it' after a question about a company's stake as the stake, not the company", () => {
    const result = askedIn(
      engine,
      "so who gets it now?",
      "what happened to corvex's 20 percent stake in tallcable?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/new partner|split/);
  });

  it("reads 'it' after a question about the pipeline a country pays for as the pipeline", () => {
    const result = askedIn(engine, "who's building it?", "how long is the pipeline velmar is paying for?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Ostra Works/);
  });

  it("reads 'it' after a question about when a depot opened as the depot", () => {
    const result = askedIn(engine, "who runs it?", "when did the brask grain depot open?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Gulf Grain Services/);
  });
});
