/**
 * "What did the reef survey turn up?", "how long is the buoy meant to keep working?": a thing
 * turned up by someone is what they found ("the survey found …"), and "keep" before a verb in -ing
 * only says the act goes on ("designed to work for seven years"). "How many people turned up?"
 * is still people coming, and what the store does not say stays unanswered.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("amari-reefs", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland map the Amari reefs",
    date: "2026-10-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "amari-buoy", kind: "initiative", name: "Amari buoy", description: "Weather buoy off Amari" },
    ],
    meetings: [
      {
        id: "2026-10-01-amari",
        title: "Amari reef talks",
        date: "2026-10-01",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "participant"],
        ],
        topics: ["reefs", "weather"],
        facts: [
          [
            "survey",
            "The joint reef survey around Amari Island found 14 coral sites that no chart showed.",
            ["veloria", "norland"],
          ],
          ["buoy", "The Amari buoy is designed to work for seven years.", ["amari-buoy"]],
          ["crowd", "About 300 people turned up for the opening of the Amari reef talks.", ["veloria"]],
        ],
      },
    ],
  }),
);

describe("what a survey turned up is what it found, and keeping on working is working", () => {
  it("reads what a survey turned up as what it found", () => {
    expect(engine.answer("what did the joint reef survey turn up?").answer).toContain("14 coral sites");
  });

  it("still reads people who turned up as people who came", () => {
    expect(
      engine.answer("how many people turned up for the opening of the amari reef talks?").answer,
    ).toContain("300");
  });

  it("reads keeping on working as working", () => {
    expect(engine.answer("how long is the amari buoy meant to keep working?").answer).toContain(
      "seven years",
    );
  });

  it("still refuses what the store does not say", () => {
    expect(engine.answer("what did the joint fish survey turn up?").answered).toBe(false);
    expect(engine.answer("how long is the lirac buoy meant to keep working?").answered).toBe(false);
  });
});
