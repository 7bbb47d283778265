/**
 * "How long is the line?" right after a question about the Harbour Causeway's trains: "the line"
 * is the line being discussed, not another story's railway that the store also calls "the line"
 * (a name that is only "the" and common nouns). Asked alone, within that other story, or after
 * "switching topics:", it is still that railway.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("two-railways", {
    outlet: "Elm Sea Gazette",
    title: "Two rail projects move ahead",
    date: "2026-05-20",
    entities: [
      ...norvikAndCastel(),
      { id: "velmar", kind: "country", name: "Velmar", description: "Island country in the Grey Gulf" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Coastal country on the Grey Gulf" },
      {
        id: "elm-railway",
        kind: "initiative",
        name: "Elm railway",
        description: "Railway between Norvik and Castel being upgraded",
        aliases: ["the line"],
      },
      {
        id: "harbour-causeway",
        kind: "other",
        name: "Harbour Causeway",
        description: "Planned road and rail causeway between Velmar and Estmark",
      },
    ],
    meetings: [
      {
        id: "2026-05-18-elm-rail-talks",
        title: "Norvik–Castel talks on the Elm railway",
        date: "2026-05-18",
        place: "Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["railway", "track"],
        facts: [
          ["elm-length", "The Elm railway upgrade covers 600 kilometres of worn track.", ["elm-railway"]],
          ["elm-works", "Works on the Elm railway will start in March 2027.", ["elm-railway"]],
        ],
      },
      {
        id: "2026-05-19-causeway-talks",
        title: "Velmar–Estmark talks on the Harbour Causeway",
        date: "2026-05-19",
        place: "Velmar",
        participants: [
          ["velmar", "host"],
          ["estmark", "participant"],
        ],
        topics: ["causeway", "customs"],
        facts: [
          [
            "causeway-trains",
            "Trains will run on the Harbour Causeway from 2029.",
            ["harbour-causeway", "velmar", "estmark"],
          ],
          [
            "causeway-length",
            "The rail line on the Harbour Causeway will be 40 kilometres long.",
            ["harbour-causeway"],
          ],
        ],
      },
    ],
  }),
);

describe("a follow-up's 'the line' is the one being discussed", () => {
  it("reads 'the line' after a question about the causeway as the causeway's line", () => {
    const result = askedIn(engine, "how long is the line?", "when will trains run on the harbour causeway?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/40 kilometres/);
    expect(result.answer).not.toMatch(/600/);
  });

  it("still reads 'the line' as the railway so called when asked alone", () => {
    const result = askedIn(engine, "how long is the line?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/600 kilometres/);
  });

  it("still reads 'the line' as the railway so called after 'switching topics:'", () => {
    const result = askedIn(
      engine,
      "switching topics: how long is the line?",
      "when will trains run on the harbour causeway?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/600 kilometres/);
  });

  it("still reads 'the line' as that railway within its own story", () => {
    const result = askedIn(engine, "how long is the line?", "when will works on the elm railway start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/600 kilometres/);
  });
});
