/**
 * Chat names people by "guy": "how long had that guy been minister?" points back at the one just
 * named, as "he" does, and "what does the coast guard guy say about that?" at the one of those spoken
 * of whom the words before it pick out, as "the coast guard one" would. "Guy" is no word of any
 * article, and counted against every fact it left such questions unanswered. With nothing said
 * before, "that guy" still gets the hint, never a guess; "the last guy" is no one picked out (and
 * "the last one" a meeting), so it is not read so.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-hotline-guys", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel agree a sea hotline",
    date: "2026-03-11",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      {
        id: "oskar-vell",
        kind: "person",
        name: "Oskar Vell",
        description: "Castel's Minister of Fisheries since 2019",
      },
      {
        id: "lem-arno",
        kind: "person",
        name: "Lem Arno",
        description: "Captain, commander of the Norvik Coast Guard base at Port Elm",
      },
      {
        id: "sea-hotline",
        kind: "initiative",
        name: "Elm Sea hotline",
        description: "Radio hotline between the two coast guards",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-elm-sea-talks-vessa",
        title: "Norvik–Castel talks on fishing in the Elm Sea in Vessa",
        date: "2026-03-10",
        place: "Vessa",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
          ["lem-arno", "speaker"],
        ],
        topics: ["fishing", "coast guard"],
        facts: [
          [
            "vell-led",
            "Oskar Vell, Castel's Minister of Fisheries, led Castel's delegation at the Vessa talks.",
            ["oskar-vell", "castel"],
          ],
          [
            "vell-term",
            "Oskar Vell has been Castel's Minister of Fisheries since 2019.",
            ["oskar-vell", "castel"],
          ],
          [
            "hotline-agreed",
            "Norvik and Castel agreed on a radio hotline between the Norvik Coast Guard base at Port Elm and Castel's coast guard station.",
            ["norvik", "castel", "sea-hotline"],
          ],
          [
            "arno-quote",
            "Captain Lem Arno said the hotline alone would change behaviour at sea.",
            ["lem-arno", "sea-hotline"],
          ],
        ],
      },
    ],
  }),
);

describe("'that guy', 'the coast guard guy'", () => {
  it("reads 'that guy' as 'he', the one just named", () => {
    const result = askedIn(
      engine,
      "how long has that guy been minister?",
      "who led castel's delegation at the vessa talks?",
    );
    expect(result.answered).toBe(true);
    expect(result.reading).toContain("Oskar Vell");
    expect(result.answer).toContain("2019");
  });

  it("reads 'the coast guard guy' as the one spoken of that the words pick", () => {
    const result = askedIn(
      engine,
      "what does the coast guard guy say about that?",
      "what hotline did norvik and castel agree on?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("change behaviour at sea");
  });

  it("with nothing said before, gets the hint for 'that guy'", () => {
    const result = engine.answer("how long has that guy been minister?");
    expect(result.answered).toBe(false);
    expect(result.answer).toContain('Who or what do you mean by "he"');
  });
});
