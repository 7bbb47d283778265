/**
 * "How much is the survelance fund?": in a hurry members leave two letters out of a long word,
 * which one slip a side does not reach. It is read as the store's word; a word the store does not
 * have is still refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { vellRiverBoardStore } from "./support/vell-river-board.ts";

const engine = engineFrom(vellRiverBoardStore());

describe("a long word typed with two letters left out still finds its fact", () => {
  it("reads 'survelance' as the store's 'surveillance'", () => {
    expect(engine.answer("how much is the survelance fund").answer).toContain("12 million");
  });

  it("still refuses a word the store does not have", () => {
    expect(engine.answer("how much is the reconnaisance fund").answered).toBe(false);
  });
});
