/**
 * "What did Castel say?" right after "did Norvik ask for cargo lorries on the Elm ferry?": a country's
 * (or a body's) word on what was just told, its reply at that meeting, not what is known of the
 * country; when the fact just told already has it speak ("…, but Mira Vell said Castel would not
 * discuss any limit"), that is its reply. Asked alone, with "and", of a person, or of a party with
 * nothing to say on it, the question is read as before (a person's word is anything they said).
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-ferry-reply", {
    outlet: "Elm Sea Gazette",
    title: "Elm ferry and lagoon talks",
    date: "2026-06-20",
    entities: [
      ...norvikAndCastel("A country on the Elm Sea", "A neighbouring country; home of the Tarn lagoon"),
      { id: "velmar", kind: "country", name: "Velmar", description: "Island country in the Grey Gulf" },
      {
        id: "elm-ferry",
        kind: "initiative",
        name: "Elm ferry",
        description: "Passenger ferry between Norvik and Castel across the Elm Sea",
      },
      { id: "tarn-lagoon", kind: "place", name: "Tarn lagoon", description: "Lagoon on Castel's coast" },
      { id: "mira-vell", kind: "person", name: "Mira Vell", description: "Minister of Fisheries of Castel" },
    ],
    meetings: [
      {
        id: "2026-06-18-elm-ferry-talks",
        title: "Norvik–Castel talks on the Elm ferry",
        date: "2026-06-18",
        place: "Norvik",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "fishing"],
        facts: [
          [
            "ferry-lorries-asked",
            "Norvik asked that the Elm ferry also carry cargo lorries.",
            ["norvik", "elm-ferry"],
          ],
          [
            "ferry-lorries-refused",
            "Castel refused to let the ferry carry cargo lorries, because lorries on the ferry would draw traffic away from the Tarn border crossing.",
            ["castel", "elm-ferry"],
          ],
          ["ferry-cost", "The Elm ferry will cost 11 million dollars.", ["elm-ferry"]],
          [
            "lagoon-limit",
            "Norvik asked Castel to limit fishing in the Tarn lagoon, but Mira Vell said Castel would not discuss any limit before the fish count is finished.",
            ["norvik", "castel", "tarn-lagoon", "mira-vell"],
          ],
          [
            "vell-boats",
            "Mira Vell said Castel will buy two patrol boats next year.",
            ["mira-vell", "castel"],
          ],
          ["ferry-start", "The Elm ferry will start running on 1 December 2026.", ["elm-ferry"]],
          ["ferry-boats", "The Elm ferry will use two boats of 150 passengers each.", ["elm-ferry"]],
          ["ferry-fare", "A one-way ticket on the Elm ferry will cost 12 dollars.", ["elm-ferry"]],
        ],
      },
    ],
  }),
);

const ASKED_FOR = "did norvik ask for cargo lorries on the elm ferry?";

describe("a country's word right after a request is its reply", () => {
  it("answers 'what did castel say?' with its reply to the request just told", () => {
    const result = askedIn(engine, "what did castel say?", ASKED_FOR);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Castel refused to let the ferry carry cargo lorries/);
    expect(result.answer).toMatch(/in reply/);
    expect(result.answer).not.toMatch(/patrol boats|neighbouring country/);
  });

  it("takes the reply from the fact just told when the country speaks in it", () => {
    const result = askedIn(
      engine,
      "what did castel say?",
      "did norvik ask castel to limit fishing in the tarn lagoon?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/would not discuss any limit/);
  });

  it("refuses rather than give another fact when the country said nothing on it", () => {
    const result = askedIn(engine, "what did velmar say?", ASKED_FOR);
    expect(result.answered).toBe(false);
  });

  it("still reads the question as it stands when asked alone", () => {
    const result = askedIn(engine, "what did castel say?");
    expect(result.answer).not.toMatch(/in reply/);
  });

  it("still reads a person's word as anything they said", () => {
    const result = askedIn(engine, "what did mira vell say?", ASKED_FOR);
    expect(result.answer).not.toMatch(/in reply/);
  });
});
