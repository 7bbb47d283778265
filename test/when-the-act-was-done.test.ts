import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { combinedDataDir, ELEVENTH_EVENT_DIR, engineFrom, SEVENTEENTH_EVENT_DIR } from "./support/engines.ts";

const NINETEENTH_EVENT_DIR = join(import.meta.dirname, "fixtures", "nineteenth-event");

describe("'when did X do it?' is answered by the day of the act, not of asking for it or talking about it", () => {
  const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));

  it("gives the day Côte d'Ivoire joined, not the month it wrote asking to join", () => {
    const result = seventeenth.answer("when did côte d'ivoire join the roaming agreement?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/25 November 2026/);
    expect(result.answer).not.toMatch(/asking to join/);
  });

  it("gives the day free roaming started, not the day the talks about it opened", () => {
    const result = seventeenth.answer("when did free roaming start between sierra leone and liberia?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1 October 2026/);
    expect(result.answer).not.toMatch(/opened talks/);
  });

  it("gives the opening set for the market now, not the one it was only due to have", () => {
    const nineteenth = engineFrom(combinedDataDir(NINETEENTH_EVENT_DIR));
    const result = nineteenth.answer("when does the wadi halfa border market open now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/March 2027/);
  });

  it("still reads 'since when has she led it?' from her taking over", () => {
    const eleventh = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));
    const result = eleventh.answer("since when has siti rahmawati led the smsc?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1 January 2026/);
  });
});
