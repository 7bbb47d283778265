/**
 * "When is the first report due?" is answered by "the panel's first annual report is due by the end
 * of June 2027": "is due" sets a time for what is to come, as "is to" does. "By when will Norvik
 * decide …?" is answered by "Whether … has not been decided; Ida Holm said the question would be
 * settled by the end of 2026": a decision not yet taken is still to come, no denial of it. A "when
 * did" question is still not dated by a fact that says the act was not done.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-buoy-report", {
    outlet: "Elm Gazette",
    title: "The buoy panel's report",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      { id: "ida-holm", kind: "person", name: "Ida Holm", description: "Norvik's Minister of the Sea" },
      {
        id: "elm-buoy-panel",
        kind: "organization",
        name: "Elm Buoy Panel",
        description: "A joint panel of Norvik and Castel that tracks drifting nets",
      },
    ],
    meetings: [
      {
        id: "2026-11-18-norvik-castel-buoy-review",
        title: "Norvik–Castel buoy review",
        date: "2026-11-18",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["buoys", "sea"],
        facts: [
          [
            "report-due",
            "The Elm Buoy Panel's first annual report on where the drifting nets come from is due by the end of June 2027.",
            ["elm-buoy-panel"],
          ],
          [
            "toll-undecided",
            "Whether Castel trawlers will pay Norvik's harbour toll has not been decided; Ida Holm said the question would be settled by the end of 2026.",
            ["castel", "norvik", "ida-holm"],
          ],
        ],
      },
    ],
  }),
);

describe("a thing not yet decided may say by when it will be", () => {
  it("answers when the report is due with the time set for it", () => {
    const result = engine.answer("when is the elm buoy panel's first annual report due?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("June 2027");
  });

  it("answers by when a decision will be taken from a fact saying it has not been taken yet", () => {
    const result = engine.answer("by when will norvik decide if castel trawlers pay the harbour toll?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("end of 2026");
  });

  it("does not date a decision said not to have been taken", () => {
    const result = engine.answer("when did norvik decide that castel trawlers pay the harbour toll?");
    expect(result.answered).toBe(false);
  });
});
