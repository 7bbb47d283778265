/**
 * "Which company is no longer part of the consortium?", "which company is no longer building the
 * pier?": who left it, or withdrew from the work. "Longer" is no length to find, and a fact tells
 * the leaving in its own words ("left", "withdrew from"). "Join" is no longer met by
 * "together" ("the two coast guards will patrol together" is no one joining anything).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-pier-consortium", {
    outlet: "Elm Gazette",
    title: "A builder leaves the Port Elm pier",
    date: "2026-09-02",
    entities: [
      ...norvikAndCastel("A coastal country", "A coastal country"),
      {
        id: "pier-consortium",
        kind: "organization",
        name: "Port Elm Pier Consortium",
        description: "A company set up by Norvik and Castel to build a shared pier at Port Elm",
        aliases: ["Pelmco"],
      },
      {
        id: "harbour-fund",
        kind: "organization",
        name: "Harbour Fund",
        description: "A regional fund for ports",
      },
      {
        id: "tarn-works",
        kind: "organization",
        name: "Tarn Works",
        description: "A Castel building company",
      },
    ],
    meetings: [
      {
        id: "2026-09-01-port-elm-pier-talks",
        title: "Norvik–Castel pier talks in Port Elm",
        date: "2026-09-01",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        summary: "A builder left the shared pier.",
        topics: ["ports"],
        facts: [
          [
            "tarn-left",
            "In August 2026 Tarn Works left the Port Elm Pier Consortium, a company of Norvik and Castel.",
            ["tarn-works", "pier-consortium"],
          ],
          [
            "patrol-together",
            "Under the pier agreement the coast guards of Norvik and Castel will patrol the harbour together.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("'no longer part of' asks who left", () => {
  it("answers 'which company is no longer part of Pelmco?' with the one that left", () => {
    const result = engine.answer("which company is no longer part of pelmco?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Tarn Works");
  });

  it("does not answer 'did the Harbour Fund join the pier agreement?' with a patrol 'together'", () => {
    const result = engine.answer("did the harbour fund join the pier agreement?");
    expect(result.answer).not.toContain("patrol the harbour together");
  });
});
