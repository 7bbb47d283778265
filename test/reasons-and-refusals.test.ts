import { describe, expect, it } from "vitest";
import {
  combinedDataDir,
  EIGHTEENTH_EVENT_DIR,
  engineFrom,
  FIFTH_EVENT_DIR,
  SEVENTEENTH_EVENT_DIR,
} from "./support/engines.ts";

describe("a why-question is answered by what happened before the act, told after 'after'", () => {
  const eighteenth = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));
  const fifth = engineFrom(combinedDataDir(FIFTH_EVENT_DIR));

  it("reads 'raised … after students complained that …' as the reason for the rise", () => {
    const result = eighteenth.answer("why was the students' monthly allowance raised?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("rents");
  });

  it("reads 'ended without agreement after the delegation walked out' as why a meeting failed", () => {
    const result = fifth.answer("why did the ppwc meeting in march 2025 end without agreement?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("walked out");
  });

  it("does not give a clause after 'after' as the reason for an act told on the side ('X, which refused, now agrees … after …')", () => {
    const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));
    // "Liberia, which refused in June 2026, now agrees to a pilot … after the two central banks
    // signed a memorandum": the memorandum is why it agrees, not why it refused.
    const result = seventeenth.answer("why did they refuse?", undefined, {
      previous: seventeenth.answer("what did côte d'ivoire refuse in kenema?").turn,
    });
    expect(result.answer).not.toContain("central banks signed a memorandum");
  });
});
