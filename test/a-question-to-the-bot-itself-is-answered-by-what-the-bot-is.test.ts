/**
 * "Are you a bot or a real person?", "who made you and what model are you", "what can u do": a
 * question asked of the bot itself is answered by what the bot is and what it can answer, never
 * by a fact that happens to share its words ("a model for the region", "made by hand", "a real
 * person"), and it claims nothing its sources do not say (no maker, no model). A question about
 * the store that only begins like one ("what do you know about the Kessa plant?") is still
 * answered from the facts.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessa-plant", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland open the Kessa desalination plant",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "kessa", kind: "place", name: "Kessa", description: "Coastal town in Norland" },
      {
        id: "kessa-plant",
        kind: "initiative",
        name: "Kessa desalination plant",
        description: "Desalination plant at Kessa built by Veloria and Norland",
        aliases: ["Kessa plant"],
      },
      {
        id: "ilse-marrow",
        kind: "person",
        name: "Ilse Marrow",
        description: "Norland's Minister of Energy",
      },
    ],
    meetings: [
      {
        id: "2026-11-15-kessa",
        title: "Opening of the Kessa desalination plant",
        date: "2026-11-15",
        place: "Kessa",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
          ["ilse-marrow", "participant"],
        ],
        topics: ["water", "desalination"],
        facts: [
          [
            "model-plant",
            "Ilse Marrow called the Kessa plant a model for every island in the region.",
            ["ilse-marrow", "kessa-plant"],
          ],
          [
            "made-by",
            "The Kessa plant's membranes were made by a Norland firm, and each is checked by a real person before it is fitted.",
            ["kessa-plant", "norland"],
          ],
          [
            "plant-output",
            "The Kessa plant will produce 40,000 cubic metres of drinking water a day for Norland and Veloria.",
            ["kessa-plant", "norland", "veloria"],
          ],
        ],
      },
    ],
  }),
);

describe("a question to the bot itself is answered by what the bot is", () => {
  it.each([
    "are you a bot or a real person?",
    "who made you and what model are you",
    "what model are you",
    "r u a bot lol",
    "hey, what can you do?",
    "who are you?",
  ])("%s", (question) => {
    const result = engine.answer(question);
    expect(result.answered).toBe(false);
    expect(result.answer).toContain("a bot");
    expect(result.answer).not.toContain("Marrow");
    expect(result.answer).not.toContain("Norland firm");
    // What it can answer, and that it says so when its sources don't tell.
    expect(result.answer).toContain("who met whom");
  });

  it("still answers a question about the store that begins as one to the bot", () => {
    expect(engine.answer("what do you know about the kessa plant?").answer).toContain("Kessa");
    expect(engine.answer("how much water will the kessa plant produce a day?").answer).toContain("40,000");
    expect(engine.answer("who made the kessa plant's membranes?").answer).toContain("Norland");
  });
});
