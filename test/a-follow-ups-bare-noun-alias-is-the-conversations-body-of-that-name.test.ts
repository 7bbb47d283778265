/**
 * "How much do the hauliers lose from that?" right after a question about the lorries waiting at the
 * Elm ferry: "hauliers", an alias the curators gave another story's truckers' association (a name of
 * common nouns alone), is the body of that name in the conversation's story (the Tarn Hauliers'
 * Association), not the other story's. Asked alone, or within that other story, it is still the
 * body the alias names.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("two-haulier-bodies", {
    outlet: "Elm Sea Gazette",
    title: "Queues at the Elm ferry and the Harbour Causeway",
    date: "2026-06-20",
    entities: [
      ...norvikAndCastel(),
      { id: "velmar", kind: "country", name: "Velmar", description: "Island country in the Grey Gulf" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Coastal country on the Grey Gulf" },
      {
        id: "elm-ferry",
        kind: "initiative",
        name: "Elm ferry",
        description: "Ferry between Norvik and Castel",
      },
      {
        id: "tarn-hauliers",
        kind: "organization",
        name: "Tarn Hauliers' Association",
        description: "Association of lorry operators in Castel whose members use the Elm ferry",
      },
      {
        id: "ivo-dask",
        kind: "person",
        name: "Ivo Dask",
        description: "President of the Tarn Hauliers' Association",
      },
      {
        id: "harbour-causeway",
        kind: "other",
        name: "Harbour Causeway",
        description: "Road causeway between Velmar and Estmark",
      },
      {
        id: "grey-truckers",
        kind: "organization",
        name: "Grey Gulf Truckers' Association",
        description: "Association of haulage companies that use the Harbour Causeway",
        aliases: ["hauliers"],
      },
    ],
    meetings: [
      {
        id: "2026-06-18-elm-ferry-talks",
        title: "Norvik–Castel talks on the Elm ferry",
        date: "2026-06-18",
        place: "Norvik",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "queues"],
        facts: [
          ["ferry-queues", "In summer lorries queue for up to six hours at the Elm ferry.", ["elm-ferry"]],
          [
            "tarn-loss",
            "Ivo Dask, president of the Tarn Hauliers' Association, said his members lose about 1.2 million euros a year in waiting time at the Elm ferry.",
            ["ivo-dask", "tarn-hauliers", "elm-ferry"],
          ],
        ],
      },
      {
        id: "2026-06-19-causeway-talks",
        title: "Velmar–Estmark talks on the Harbour Causeway",
        date: "2026-06-19",
        place: "Velmar",
        participants: [
          ["velmar", "host"],
          ["estmark", "participant"],
        ],
        topics: ["causeway", "customs"],
        facts: [
          [
            "causeway-loss",
            "The Grey Gulf Truckers' Association said its members lose about 40 million dollars a year to delays on the Harbour Causeway.",
            ["grey-truckers", "harbour-causeway"],
          ],
          [
            "causeway-queues",
            "Lorries wait up to 12 hours at the Harbour Causeway in summer.",
            ["harbour-causeway", "velmar"],
          ],
        ],
      },
    ],
  }),
);

describe("a follow-up's bare-noun alias is the conversation's body of that name", () => {
  it("reads 'the hauliers' after a question about the Elm ferry as the Tarn Hauliers' Association", () => {
    const result = askedIn(
      engine,
      "how much do the hauliers lose from that?",
      "how long do lorries wait at the elm ferry in summer?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1\.2 million/);
    expect(result.answer).not.toMatch(/40 million/);
  });

  it("still reads 'the hauliers' as the body so called when asked alone", () => {
    const result = askedIn(engine, "how much do the hauliers lose?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/40 million/);
  });

  it("still reads 'the hauliers' as that body within its own story", () => {
    const result = askedIn(
      engine,
      "how much do the hauliers lose from that?",
      "how long do lorries wait at the harbour causeway?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/40 million/);
  });
});
