/**
 * "They failed to settle how many boats may fish there": a fact that says the sides failed to agree
 * on a number leaves it as unknown as one that says nobody said it. A how-many question is told
 * it is not known, not answered with that fact; a fact that settles the number still answers.
 */
import { describe, expect, it } from "vitest";
import { statesAsUnknown } from "../src/engine/verify.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const FAILED =
  "Veloria and Norland agreed to patrol the strait together but failed to settle how many Velorian boats may fish the Norland side.";

const engine = engineFrom(
  madeUpStore("strait-fishing", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland agree joint patrols of the strait",
    date: "2026-03-11",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
    ],
    meetings: [
      {
        id: "2026-03-10-strait",
        title: "Veloria–Norland strait fishing talks",
        date: "2026-03-10",
        place: "Port Sella",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["fishing", "patrols"],
        facts: [["strait-failed", FAILED, ["veloria", "norland"]]],
      },
    ],
  }),
);

describe("a failure to settle how many leaves the number unknown", () => {
  it("reads 'failed to settle how many' as the number not known", () => {
    expect(statesAsUnknown("how many velorian boats may fish the norland side?", FAILED)).toBe(true);
  });

  it("keeps a failure about something else apart from the thing asked", () => {
    expect(statesAsUnknown("who patrols the strait?", FAILED)).toBe(false);
    expect(statesAsUnknown("how many patrol ships are there?", FAILED)).toBe(false);
  });

  it("does not answer how many boats may fish with the failure to settle it", () => {
    const result = engine.answer("how many velorian boats may fish on the norland side?");
    expect(result.answered).toBe(false);
  });
});
