/**
 * "On what grounds …?", "for what reason …?", "what was the reason for …?", "what caused …?" and
 * "what led to …?" ask why: they are answered by a fact that gives a reason in its own words, and
 * refused when the store tells what happened but not why.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-bridge-toll", {
    outlet: "Elm Gazette",
    title: "Norland contests the Veloria bridge toll",
    date: "2026-06-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "A coastal country", aliases: [] },
      { id: "norland", kind: "country", name: "Norland", description: "A coastal country", aliases: [] },
      { id: "skarra", kind: "place", name: "Skarra", description: "An island of Veloria", aliases: [] },
    ],
    meetings: [
      {
        id: "2026-06-01-port-elm-toll-talks",
        title: "Veloria–Norland bridge toll talks in Port Elm",
        date: "2026-06-01",
        place: "Port Elm",
        participants: [
          ["veloria", "participant"],
          ["norland", "participant"],
        ],
        topics: ["transport", "trade"],
        facts: [
          [
            "norland-objects-toll",
            "Norland objects to the Veloria bridge toll because, it says, the toll breaches the 1990 Border Treaty.",
            ["norland", "veloria"],
          ],
          [
            "pier-repair-late",
            "The repair of the Skarra pier was delayed by three weeks because storms kept the crane barge in port.",
            ["skarra"],
          ],
          [
            "tanker-collision",
            "In May 2025 a tanker collided with a ferry off Skarra and spilled about 200 tonnes of oil.",
            ["skarra"],
          ],
        ],
      },
    ],
  }),
);

describe("'on what grounds', 'what caused' and the like ask why", () => {
  it("reads 'on what grounds' as why", () => {
    const result = engine.answer("on what grounds does Norland say the bridge toll is illegal?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("breaches the 1990 Border Treaty");
  });

  it("reads 'what caused the delays' as why", () => {
    const result = engine.answer("what caused the delays to the Skarra pier repair?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("storms kept the crane barge in port");
  });

  it("reads 'what was the reason for' as why", () => {
    const result = engine.answer("what was the reason for the delay to the Skarra pier repair?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("storms kept the crane barge in port");
  });

  it("refuses 'what caused …' when the store tells what happened but not why", () => {
    const result = engine.answer("what caused the tanker collision off Skarra?");
    expect(result.answered).toBe(false);
  });
});
