/**
 * "When will the radar be running?" is not answered by "Officials no longer expect the radar to be
 * running by June 2027": that time is withdrawn (every word the question and the sentence share
 * stands in the clause that withdraws it). The fact that gives the time now expected answers,
 * and with no such fact the question is refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const meeting = (withNewTime: boolean) => ({
  id: "2026-10-02-norvik-castel-storm-talks",
  title: "Norvik–Castel storm warning talks",
  date: "2026-10-02",
  place: "Port Elm",
  participants: NORVIK_AND_CASTEL,
  topics: ["storms", "warnings"],
  facts: [
    [
      "withdrawn",
      "Norvik officials no longer expect the storm radar to be running by June 2027, although they still hope to switch on the sirens before the hurricane season.",
      ["norvik"],
      null,
    ] as [string, string, string[], null],
    ...(withNewTime
      ? [
          [
            "now-expected",
            "Because of the delay, Norvik's storm radar is now expected to run by mid-2028.",
            ["norvik"],
            null,
          ] as [string, string, string[], null],
        ]
      : []),
  ],
});

const store = (withNewTime: boolean) =>
  engineFrom(
    madeUpStore(`elm-gazette-radar-${withNewTime ? "new" : "old"}`, {
      outlet: "Elm Gazette",
      title: "The storm radar",
      date: "2026-10-03",
      entities: norvikAndCastel(),
      meetings: [meeting(withNewTime)],
    }),
  );

describe("a time the fact says no longer holds does not say when", () => {
  it("answers with the time now expected", () => {
    const result = store(true).answer("when will the storm radar be up and running?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("mid-2028");
  });

  it("refuses when only the withdrawn time is told", () => {
    const result = store(false).answer("when will the storm radar be up and running?");
    expect(result.answered).toBe(false);
  });
});
