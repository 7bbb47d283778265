/**
 * A figure asked per unit of time ("in a year", "each month") is not answered by the figure the
 * store counts over another unit ("on an average day"), however near; the asked unit said in other
 * words ("annual", "a year") still answers.
 */
import { describe, expect, it } from "vitest";
import { ratePeriodsIn } from "../src/engine/language/time.ts";
import {
  askedIn,
  combinedDataDir,
  EIGHTH_EVENT_DIR,
  engineFrom,
  FIFTH_EVENT_DIR,
  SEVENTH_EVENT_DIR,
} from "./support/engines.ts";

const border = engineFrom(combinedDataDir(SEVENTH_EVENT_DIR));
const rail = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));
const rivers = engineFrom(combinedDataDir(FIFTH_EVENT_DIR));

describe("a figure counted over another unit of time", () => {
  it("does not answer trucks in a year with the trucks of an average day", () => {
    expect(askedIn(border, "how many trucks cross at paso canoas in a year?").answered).toBe(false);
    expect(askedIn(border, "how many trucks cross at paso canoas each week?").answered).toBe(false);
  });

  it("does not answer cargo a year with a figure counted over no time", () => {
    expect(askedIn(rivers, "how much cargo goes down the hidrovia a year").answer).not.toMatch(/drought/);
    expect(askedIn(rivers, "how much cargo does the hidrovia carry every year").answer).toMatch(
      /100 million tonnes/,
    );
  });

  it("still answers trucks a day, said in other words", () => {
    for (const question of [
      "how many trucks cross at paso canoas every day?",
      "how many trucks cross paso canoas a day",
      "how many trucks cross at paso canoas daily?",
    ]) {
      expect(askedIn(border, question).answer, question).toMatch(/1,800/);
    }
  });

  it('answers "each year" with an annual figure, "annually" with one a year', () => {
    expect(
      askedIn(rail, "how much is the operating subsidy each year for the vilnius riga train?").answer,
    ).toMatch(/3\.2 million/);
    expect(askedIn(rail, "how many passengers annually should the vilnius riga line carry?").answer).toMatch(
      /150,000 passengers a year/,
    );
  });

  it("reads a rate, not a span or a distance in time", () => {
    expect([...ratePeriodsIn("About 1,800 trucks cross on an average day.")]).toEqual(["day"]);
    expect([...ratePeriodsIn("an annual operating subsidy")]).toEqual(["year"]);
    expect([...ratePeriodsIn("meets every two years")]).toEqual(["year"]);
    expect([...ratePeriodsIn("a year ago, a year-long study, within a year, a two-day visit")]).toEqual([]);
    expect([...ratePeriodsIn("how many cross in a year?", true)]).toEqual(["year"]);
    expect([...ratePeriodsIn("added 40 lorries a day on the road")]).toEqual(["day"]);
  });
});
