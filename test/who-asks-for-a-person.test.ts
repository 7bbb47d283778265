import { describe, expect, it } from "vitest";
import {
  combinedDataDir,
  engineFrom,
  SEVENTEENTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
} from "./support/engines.ts";

describe("'who did it?' is answered by the person a fact of the same meeting names, not by the countries", () => {
  it("names the governor who opened the talks, not the two countries that held them", () => {
    const sixteenth = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
    const result = sixteenth.answer("who opened the talks on the osogovo park in kyustendil?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Plamena Georgieva/);
  });

  it("names the minister who opened the talks, not a country", () => {
    const seventeenth = engineFrom(combinedDataDir(SEVENTEENTH_EVENT_DIR));
    const result = seventeenth.answer("who opened the talks in freetown for sierra leone?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Aminata Conteh/);
  });
});
