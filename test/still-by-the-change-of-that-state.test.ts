import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  askedIn as asked,
  combinedDataDir,
  ELEVENTH_EVENT_DIR,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
  TENTH_EVENT_DIR,
} from "./support/engines.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const straits = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));
const glacier = engineFrom(combinedDataDir(TENTH_EVENT_DIR));
const kribi = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));
const osogovo = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
const cable = engineFrom(combinedDataDir(join(FIXTURES, "twenty-first-event")));

describe("'is X still …?' answered by the earlier account and the later one that tells X's change", () => {
  it("sets the Jakarta disagreement on the centre beside the settlement of that dispute", () => {
    const result = asked(straits, "is the malacca coordination centre still disputed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Earlier");
    expect(result.answer).toContain("disagreed");
    expect(result.answer).toContain("settled the dispute");
  });

  it("tells that Equatorial Guinea pulled out, after its share under the first plan", () => {
    const result = asked(kribi, "is equatorial guinea still part of the kribi vaccine plant?");
    expect(result.answered).toBe(true);
    // (Its share said in either account: "Equatorial Guinea 15 percent" under the first plan, or
    // "could no longer pay its 15 percent share" where it withdrew, the act of the one asked.)
    expect(result.answer).toMatch(/Equatorial Guinea 15 percent|its 15 percent share/);
    expect(result.answer).toMatch(/Equatorial Guinea (?:pulled out|withdrew)/);
  });

  it("answers from the best fact when it is itself the later account ('Tonga no longer asks')", () => {
    const result = asked(cable, "is tonga still asking samoa to pay 60 percent?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Earlier");
    expect(result.answer).toContain("no longer asks");
  });
});

describe("'is X still …?' is not answered by a later account that tells no change of X's", () => {
  it("does not answer 'is Gabon still part of the plant?' with the newer budget figures", () => {
    const result = asked(kribi, "is gabon still part of the kribi vaccine plant?");
    expect(result.answer).not.toContain("Gabon 55 million");
  });

  it("does not answer 'is Bulgaria still part of the park?' with the settled hunting dispute", () => {
    const result = asked(osogovo, "is bulgaria still part of the osogovo park?");
    expect(result.answer).not.toContain("hunting dispute was settled");
  });

  it("does not answer 'is Kyrgyzstan still part of the centre?' with where the centre went", () => {
    const result = asked(glacier, "is kyrgyzstan still part of the warning centre?");
    expect(result.answer).not.toContain("settled with a compromise");
  });
});
