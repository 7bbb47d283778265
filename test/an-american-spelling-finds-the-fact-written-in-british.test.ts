/**
 * "What's the flood defense commission?": members write American spellings of nouns the store
 * writes in British ("defense", "offense", "pretense" for "defence", "offence", "pretence"). Both
 * are real words, so no slip is corrected: they are read as one word.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { vellRiverBoardStore } from "./support/vell-river-board.ts";

const engine = engineFrom(vellRiverBoardStore());

describe("an American spelling finds the fact written in British", () => {
  it("reads the American 'defense' as the store's 'defence'", () => {
    expect(engine.answer("when was the vell flood defense commission set up?").answer).toContain(
      "Port Sella",
    );
  });
});
