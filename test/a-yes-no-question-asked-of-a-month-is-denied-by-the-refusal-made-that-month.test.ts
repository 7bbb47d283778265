/**
 * "Did Castel agree to scrap the border fee in March?": the month says when, not a word the
 * refusal must say. The refusal made at the March talks ("Castel refused to scrap the border fee")
 * answers it "No"; the same refusal does not answer it for July, when Castel did something else.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
  PORT_ELM_BORDER_FEE,
  PORT_ELM_FEE_REFUSED,
} from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-border-fee", {
    outlet: "Elm Gazette",
    title: "Castel cuts its border fee",
    date: "2026-07-23",
    entities: [...norvikAndCastel(), PORT_ELM_BORDER_FEE],
    meetings: [
      PORT_ELM_FEE_REFUSED,
      {
        id: "2026-07-22-castel-city-talks",
        title: "Norvik–Castel border talks in Castel City",
        date: "2026-07-22",
        place: "Castel City",
        participants: NORVIK_AND_CASTEL,
        topics: ["trade", "borders"],
        facts: [
          [
            "fee-cut",
            "Castel agreed on 22 July 2026 to cut the border fee by half, ending a four-month row with Norvik.",
            ["castel", "norvik", "border-fee"],
          ],
        ],
      },
    ],
  }),
);

describe("a yes/no question asked of a month is denied by the refusal made that month", () => {
  it("answers no with the refusal dated the month asked", () => {
    const result = engine.answer("did castel agree to scrap the border fee in march?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No: Castel refused to scrap the border fee/);
  });

  it("does not answer another month with that refusal", () => {
    const result = engine.answer("did castel agree to scrap the border fee in july?");
    expect(result.answer).not.toContain("refused to scrap");
  });

  it("still answers no when no month is asked", () => {
    expect(engine.answer("did castel agree to scrap the border fee?").answer).toMatch(/^No: Castel refused/);
  });
});
