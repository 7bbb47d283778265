/**
 * People ask with a noun where the article used another of the same sense: "what's the price of a
 * buoy?" where the article says what each buoy costs. "Price" is also a verb ("to price the
 * buoys"), whose senses say nothing of cost; asked as a noun, after an article or a possessive, it
 * means what its noun means, WordNet's commonest sense ("price", "cost", "monetary value"). The
 * fact must still tell of the thing asked: the price of something the store gives no cost of is
 * not answered by another thing's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tide-ledger-buoy-network", {
    outlet: "Tide Ledger",
    title: "Veloria and Arden agree a shared tide-buoy network",
    date: "2026-05-12",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "A coastal country" },
      { id: "arden", kind: "country", name: "Arden", description: "A coastal country" },
      {
        id: "kess-marlo",
        kind: "person",
        name: "Kess Marlo",
        description: "Minister of Fisheries of Veloria",
        aliases: ["Marlo"],
      },
      {
        id: "ivo-dunsk",
        kind: "person",
        name: "Ivo Dunsk",
        description: "Minister of the Sea of Arden",
        aliases: ["Dunsk"],
      },
    ],
    meetings: [
      {
        id: "2026-05-11-veloria-arden-buoy-talks",
        title: "Veloria–Arden tide-buoy talks in Port Selm",
        date: "2026-05-11",
        place: "Port Selm",
        participants: [
          ["kess-marlo", "head of delegation"],
          ["ivo-dunsk", "head of delegation"],
        ],
        topics: ["tide buoys", "coastal warning"],
        facts: [
          [
            "buoy-network-agreed",
            "Veloria and Arden agreed to set up a shared network of 40 tide buoys along their coast.",
            ["veloria", "arden"],
          ],
          [
            "each-buoy-costs",
            "Each tide buoy of the Veloria–Arden network costs about 1,800 dollars.",
            ["veloria", "arden"],
          ],
          [
            "marlo-warnings",
            "Kess Marlo said the buoys would give fishing villages an hour more warning of storm surges.",
            ["kess-marlo"],
          ],
        ],
      },
    ],
  }),
);

describe("a word asked as a noun means what its noun means", () => {
  it("answers the price of a thing with what the thing costs", () => {
    const result = engine.answer("what's the price of one of the tide buoys");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1,800");
  });

  it("does not answer the price of a thing the store gives no cost of", () => {
    const result = engine.answer("what's the price of a fishing licence");
    expect(result.answer).not.toContain("1,800");
  });
});
