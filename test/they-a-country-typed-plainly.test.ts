import { describe, expect, it } from "vitest";
import { askedIn as asked, combinedDataDir, engineFrom, SEVENTEENTH_EVENT_DIR } from "./support/engines.ts";

const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));

describe("'them' after a question that named one country, typed without its accents and apostrophe", () => {
  it("is that country ('cote divoire' is Côte d'Ivoire), not everyone at its meeting", () => {
    const result = asked(
      seventeenth,
      "who signed for them?",
      "when did cote divoire join the free roaming agreement?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain(`Taking "them" as Côte d'Ivoire`);
    expect(result.answer).toContain("Kouamé");
  });
});
