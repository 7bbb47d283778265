import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn as asked, combinedDataDir, engineFrom, NINETEENTH_EVENT_DIR } from "./support/engines.ts";

const TWENTY_THIRD_EVENT_DIR = join(import.meta.dirname, "fixtures", "twenty-third-event");
const nineteenth = engineFrom(combinedDataDir(NINETEENTH_EVENT_DIR));
const twentyThird = engineFrom(combinedDataDir(TWENTY_THIRD_EVENT_DIR));

describe("who did something for a country ('who signed the agreement for Egypt?')", () => {
  it("is one of that country's people, from the fact that says who signed, not the other country", () => {
    // "… was signed … by Egypt's Minister of Transport Tarek Mahrousi and Sudan's … Ibrahim Doleib."
    const result = asked(nineteenth, "who signed the ferry agreement for egypt");
    expect(result.answered).toBe(true);
    expect(result.answer.startsWith("Tarek Mahrousi")).toBe(true);
  });

  it("leads with the person of the country asked for, when the sentence names both sides' signers", () => {
    const result = asked(twentyThird, "who signed the dengue agreement for cuba");
    expect(result.answer.startsWith("Raúl Echemendía")).toBe(true);
    const other = asked(twentyThird, "who signed the dengue agreement for timor-leste");
    expect(other.answer.startsWith("Olinda Hornay")).toBe(true);
  });

  it("asked again for the other country, names that country's signer", () => {
    const result = asked(nineteenth, "and for sudan?", "who signed the ferry agreement for egypt");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Doleib");
  });

  it("so 'he' after the answer is that country's signer", () => {
    const result = asked(twentyThird, "what else did he say?", "who signed the dengue agreement for cuba");
    expect(result.answer).toContain('Taking "he" as Raúl Echemendía');
  });
});
