import { describe, expect, it } from "vitest";
import {
  combinedDataDir,
  EIGHTEENTH_EVENT_DIR,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  FOURTEENTH_EVENT_DIR,
  SEVENTEENTH_EVENT_DIR,
} from "./support/engines.ts";

describe("'which company is building it?' asks who does the act, as 'who is building it?' does", () => {
  it("does not name a company whose head said something else about the line", () => {
    const fourteenth = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));
    const result = fourteenth.answer("which company is building the marneuli alaverdi power line?");
    expect(result.answered).toBe(false);
  });

  it("does not name the plant's own company for a builder the store never names", () => {
    const fifteenth = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));
    const result = fifteenth.answer("which company is building the kribi plant?");
    expect(result.answered).toBe(false);
  });

  it("still names the operator that did what is asked", () => {
    const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));
    const result = seventeenth.answer("which operator refused to join free roaming in march?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Atlantic Cell/);
  });

  it("still names the college that would not join", () => {
    const eighteenth = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));
    const result = eighteenth.answer("which college refused to join the exchange?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Everest Institute/);
  });
});
