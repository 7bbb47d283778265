/**
 * "Who chairs the joint technical committee?": "a joint technical committee chaired by Castel's
 * chief building inspector, Ana Petrov" has the committee chaired, not chairing. A past participle
 * right before "by" is passive even with no form of "be" before it, so the one after "by" is who
 * chairs it.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";
import { orvikLake } from "./support/orvik-lake.ts";

/** Two doers whose verb is followed by "by" and a measure or a manner, not by a party. */
function lakeCodeAndFee() {
  return engineFrom(
    madeUpStore("orvik-code-and-fee", {
      outlet: "Elm Sea Ledger",
      title: "Norvik adopts a lakeshore code; Castel raises its fee",
      date: "2026-05-14",
      entities: [...norvikAndCastel()],
      meetings: [
        {
          id: "2026-05-14-orvik-council",
          title: "Orvik lake council session",
          date: "2026-05-14",
          place: "Orvik",
          participants: NORVIK_AND_CASTEL,
          topics: ["building", "shipping"],
          facts: [
            ["code", "Norvik adopted by consensus a shared building code for the lakeshore.", ["norvik"]],
            ["fee", "Castel raised by ten percent its fee on lake shipping.", ["castel"]],
          ],
        },
      ],
    }),
  );
}

describe("a participle right before 'by' is passive", () => {
  it("answers who chairs the committee with the one it is chaired by", () => {
    const engine = orvikLake("orvik-committee");
    expect(askedIn(engine, "who chairs the joint technical committee?").answer).toContain("Ana Petrov");
  });

  it("keeps the doer of a verb followed by 'by' and a manner or a measure, not a party", () => {
    const engine = lakeCodeAndFee();
    expect(askedIn(engine, "what did Norvik adopt?").answer).toContain("building code");
    expect(askedIn(engine, "what did Castel raise?").answer).toContain("fee on lake shipping");
  });
});
