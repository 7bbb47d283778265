/**
 * "What did Norvik's state secretary say at the Vessa talks?" asks for something she said. WordNet
 * files "sign" ("write one's name"), and rarer senses of "represent" and "chair", under verbs of
 * communication, but a fact that has her only sign the accession or represent her country says
 * nothing she said; nor is "the Vessa talks" a verb of talking. A fact that has her say something
 * answers, and what she signed is still answered by the signing.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

type Sentence = [string, string, string[]];

const story = (facts: Sentence[]) =>
  engineFrom(
    madeUpStore("elm-gazette-carp-accession", {
      outlet: "Elm Gazette",
      title: "Norvik joins the carp programme",
      date: "2026-09-17",
      entities: [
        ...norvikAndCastel(),
        {
          id: "lina-sorel",
          kind: "person",
          name: "Lina Sorel",
          description: "State Secretary at Norvik's Ministry of Fisheries",
        },
        {
          id: "carp-programme",
          kind: "initiative",
          name: "Elm carp programme",
          description: "Joint programme to breed and release Elm carp",
          aliases: ["carp programme"],
        },
      ],
      meetings: [
        {
          id: "2026-09-16-norvik-castel-vessa-talks",
          title: "Norvik–Castel carp talks in Vessa",
          date: "2026-09-16",
          place: "Vessa",
          participants: NORVIK_AND_CASTEL,
          topics: ["carp", "fisheries"],
          facts,
        },
      ],
    }),
  );

const signed: Sentence = [
  "signed",
  "Lina Sorel, State Secretary at Norvik's Ministry of Fisheries, signed Norvik's accession to the Elm carp programme at the Vessa talks.",
  ["lina-sorel", "norvik", "carp-programme"],
];
const represented: Sentence = [
  "represented",
  "Lina Sorel represented Norvik at the Vessa talks.",
  ["lina-sorel", "norvik"],
];
const said: Sentence = [
  "said",
  "Lina Sorel said the Elm carp swim up the river to spawn along the Norvik bank.",
  ["lina-sorel", "norvik"],
];

describe("what someone said is not what they signed or whom they represented", () => {
  it("does not answer what she said with her signing or representing her country", () => {
    const engine = story([signed, represented]);
    expect(engine.answer("what did Norvik's state secretary say at the Vessa talks?").answered).toBe(false);
    expect(engine.answer("what did Lina Sorel say?").answered).toBe(false);
  });

  it("answers with what she said", () => {
    const engine = story([signed, represented, said]);
    expect(engine.answer("what did Norvik's state secretary say at the Vessa talks?").answer).toMatch(
      /spawn/,
    );
    expect(engine.answer("what did Lina Sorel say?").answer).toMatch(/spawn/);
  });

  it("still answers what she signed by the signing", () => {
    const engine = story([signed, represented, said]);
    expect(engine.answer("what did Lina Sorel sign?").answer).toMatch(/accession/);
  });
});
