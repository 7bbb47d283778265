import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  askedIn as asked,
  combinedDataDir,
  EIGHTEENTH_EVENT_DIR,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  FOURTEENTH_EVENT_DIR,
} from "./support/engines.ts";

const power = engineFrom(combinedDataDir(FOURTEENTH_EVENT_DIR));
const vaccines = engineFrom(combinedDataDir(FIFTEENTH_EVENT_DIR));
const scholars = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));
const storms = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twenty-second-event")));

describe("who is paying for something names every payer, a lender or a donor as well", () => {
  it("adds the country lending for the power line beside the two paying for it", () => {
    const result = asked(power, "who's paying for that power line?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Armenia will pay 80 million euros");
    expect(result.answer).toContain("Austria");
  });

  it("names the donor's grant for the vaccine plant, not one party's share alone", () => {
    const result = asked(vaccines, "who's funding the kribi vaccine plant?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Belgium");
  });

  it("names the bank's grant for the exchange scheme", () => {
    const result = asked(scholars, "who all is paying for the himalayan scholars scheme?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Asian Development Bank");
  });

  it("asked in the present, names the bank's loan beside the two governments' shares", () => {
    const result = asked(storms, "who is paying for the network");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Antilles Resilience Bank");
    expect(result.answer).toContain("Saint Kitts and Nevis");
  });

  it("still answers who pays the most with the one", () => {
    const result = asked(power, "who pays the most for the marneuli alaverdi line?");
    expect(result.answer).not.toContain("Austria offered");
  });
});
