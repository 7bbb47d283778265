/**
 * "Where is it?" right after "which park did Norvik want to add to the debt swap?": "it" is the
 * park the answer gave, not the meeting the answer's report came from nor the swap the question
 * named; "where is it based?" after "which court did Norvik take Castel to?" is the court. Of the
 * answer's names with the asked noun in them, the park itself, not the request that names it.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-debt-swap", {
    outlet: "Elm Courier",
    title: "Norvik's second park turned down; the toll case goes to court",
    date: "2026-11-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "debt-swap",
        kind: "initiative",
        name: "Norvik–Castel debt swap",
        description: "Castel cancels Norvik debt in exchange for Norvik spending on a marine park",
        aliases: ["debt swap"],
      },
      {
        id: "fir-park",
        kind: "place",
        name: "Fir Island Marine Park",
        description: "Marine park in Norvik paid for by the debt swap",
      },
      {
        id: "elm-bay-park",
        kind: "place",
        name: "Elm Bay Marine Park",
        description: "Marine park in the far south of Norvik",
      },
      {
        id: "tarn-region",
        kind: "place",
        name: "Tarn region",
        description: "Region in the far south of Norvik",
      },
      {
        id: "second-park-request",
        kind: "other",
        name: "Norvik's request to add the Elm Bay Marine Park to the debt swap",
        description: "Request Castel turned down",
      },
      {
        id: "harbour-court",
        kind: "organization",
        name: "Harbour Court of Arbitration",
        description: "Arbitration court in Port Lind",
      },
      {
        id: "port-lind",
        kind: "place",
        name: "Port Lind",
        description: "Port city in Castel",
      },
      {
        id: "trust-board-meeting",
        kind: "event",
        name: "Debt swap trust board meeting in Kilmore",
        description: "Board meeting of the debt swap's trust fund in Kilmore",
      },
    ],
    meetings: [
      {
        id: "2026-11-10-debt-swap-board-kilmore",
        title: "Debt swap trust board meeting in Kilmore",
        date: "2026-11-10",
        place: "Kilmore",
        participants: NORVIK_AND_CASTEL,
        topics: ["debt swap", "park"],
        facts: [
          [
            "second-park-request",
            "Norvik's request to add the Elm Bay Marine Park to the debt swap was turned down by Castel.",
            ["second-park-request", "norvik", "castel", "debt-swap", "elm-bay-park"],
            null,
            ["park", "request", "refused"],
          ],
          [
            "elm-bay-park-where",
            "The Elm Bay Marine Park is in the Tarn region in the far south of Norvik.",
            ["elm-bay-park", "tarn-region", "norvik"],
            null,
            ["park", "where"],
          ],
          [
            "fir-park-spending",
            "Under the debt swap Norvik will spend 60 million euros on the Fir Island Marine Park.",
            ["debt-swap", "fir-park", "norvik", "castel"],
            null,
            ["park", "spending"],
          ],
          [
            "toll-case-court",
            "Norvik took Castel to the Harbour Court of Arbitration over the river toll.",
            ["harbour-court", "norvik", "castel"],
            null,
            ["court", "toll", "case"],
          ],
          [
            "harbour-court-where",
            "The Harbour Court of Arbitration is based in Port Lind.",
            ["harbour-court", "port-lind"],
            null,
            ["court", "where"],
          ],
        ],
      },
    ],
  }),
);

describe("after a which-question, it is the thing the answer gave", () => {
  it("reads it as the park a which-park question was answered with", () => {
    const result = askedIn(engine, "where is it?", "which park did norvik want to add to the debt swap");
    expect(result.reading ?? "").toContain("Elm Bay Marine Park");
    expect(result.reading ?? "").not.toContain("request");
    expect(result.answer).toContain("Tarn region");
  });

  it("reads it as the court a which-court question was answered with", () => {
    const result = askedIn(engine, "where is it based?", "which court did norvik take castel to");
    expect(result.reading ?? "").toContain("Harbour Court of Arbitration");
    expect(result.answer).toContain("Port Lind");
  });

  it("still answers the park's place asked on its own", () => {
    const result = askedIn(engine, "where is the elm bay marine park?");
    expect(result.answer).toContain("Tarn region");
  });
});
