/**
 * "Who signed the Tarn spill agreement?": "Norvane's Minister of Transport, Mara Dellis, signed the
 * Tarn Spill Agreement for her country" tells one party's signature, its party said by the
 * possessive, as "signed it for Norvane" does; the others signed for theirs, so the answer gives
 * every one the store says signed it, not her alone. Asked who signed it for Norvane, she answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("strait-dispatch-tarn-spill", {
    outlet: "Strait Dispatch",
    title: "Three countries sign the Tarn spill agreement",
    date: "2026-10-07",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Country on the Tarn strait" },
      { id: "estria", kind: "country", name: "Estria", description: "Country on the Tarn strait" },
      { id: "korath", kind: "country", name: "Korath", description: "Country on the Tarn strait" },
      {
        id: "tarn-agreement",
        kind: "initiative",
        name: "Tarn Spill Agreement",
        description: "Agreement of Norvane, Estria and Korath on answering oil spills in the Tarn strait",
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
        id: "2026-10-06-tarn-signing",
        title: "Signing of the Tarn Spill Agreement",
        date: "2026-10-06",
        place: "Zorin",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
          ["korath", "host"],
          ["mara-dellis", "participant"],
        ],
        topics: ["oil spills", "shipping"],
        facts: [
          [
            "dellis-signed",
            "Norvane's Minister of Transport, Mara Dellis, signed the Tarn Spill Agreement for her country.",
            ["mara-dellis", "norvane", "tarn-agreement"],
          ],
          [
            "three-signed",
            "On 6 October 2026 Norvane, Estria and Korath signed the Tarn Spill Agreement in Zorin.",
            ["norvane", "estria", "korath", "tarn-agreement"],
          ],
          ["vessels", "The Tarn Spill Agreement pools 19 response vessels.", ["tarn-agreement"]],
        ],
      },
    ],
  }),
);

describe("one who signed for her country is not every signer", () => {
  it("names every party that signed", () => {
    const result = engine.answer("who signed the tarn spill agreement?");
    for (const party of ["Norvane", "Estria", "Korath"]) expect(result.answer).toContain(party);
  });

  it("names her when asked who signed it for her country", () => {
    expect(engine.answer("who signed the tarn spill agreement for norvane?").answer).toContain("Mara Dellis");
  });
});
