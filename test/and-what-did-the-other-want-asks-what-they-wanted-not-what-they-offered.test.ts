/**
 * "What did Norvik offer on tolls at the Port Elm talks? — and what did Castel want?": the follow-up
 * has a verb of its own ("want"), so it is not the previous question asked of Castel ("what did
 * Castel offer on tolls …?"), which answers with Castel's offer; it asks what Castel wanted. A
 * follow-up of nothing but the name ("and Castel?") is still the previous question of Castel.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const store = madeUpStore("elm-tolls", {
  outlet: "Elm Courier",
  title: "Norvik and Castel argue over the Elm bridge toll",
  date: "2026-03-12",
  entities: [
    ...norvikAndCastel(),
    {
      id: "elm-bridge",
      kind: "initiative",
      name: "Elm bridge",
      description: "Toll bridge between Norvik and Castel",
    },
  ],
  meetings: [
    {
      id: "2026-03-11-port-elm-talks",
      title: "Port Elm toll talks",
      date: "2026-03-11",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["toll", "bridge"],
      facts: [
        [
          "norvik-offer",
          "At the Port Elm talks Norvik offered to cut the Elm bridge toll by a third.",
          ["norvik", "elm-bridge"],
        ],
        [
          "castel-offer",
          "At the Port Elm talks Castel offered to share the Elm bridge toll revenue.",
          ["castel", "elm-bridge"],
        ],
        [
          "castel-want",
          "Castel wanted the Elm bridge toll scrapped altogether for lorries.",
          ["castel", "elm-bridge"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("and what did the other want asks what they wanted, not what they offered", () => {
  it("answers what Castel wanted", () => {
    const result = askedIn(
      engine,
      "and what did castel want?",
      "what did norvik offer on tolls at the port elm talks?",
    );
    expect(result.reading ?? "").not.toContain("what did Castel offer");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("scrapped altogether");
  });

  it("still asks the previous question of a name alone", () => {
    const result = askedIn(engine, "and castel?", "what did norvik offer on tolls at the port elm talks?");
    expect(result.reading ?? "").toContain("what did Castel offer");
    expect(result.answer).toContain("share the Elm bridge toll revenue");
  });
});
