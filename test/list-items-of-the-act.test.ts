import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  askedIn,
  combinedDataDir,
  engineFrom,
  FOURTEENTH_EVENT_DIR,
  FOURTH_EVENT_DIR,
} from "./support/engines.ts";

/** The Samoa–Tonga Tasi cable repair, in three articles (April talks, an August delay, the cable restored). */
const TWENTY_FIRST_EVENT_DIR = join(import.meta.dirname, "fixtures", "twenty-first-event");

const engine = engineFrom(combinedDataDir(FOURTH_EVENT_DIR, FOURTEENTH_EVENT_DIR, TWENTY_FIRST_EVENT_DIR));

const asked = (question: string) => askedIn(engine, question);

describe("a list gathers every fact that gives one of its items, each cited", () => {
  it("names everyone who paid into a fund, a company that joined at a later meeting too", () => {
    const result = asked("who paid into the tasi repair fund?");
    expect(result.answered).toBe(true);
    for (const name of ["Samoa", "Tonga", "Moana Mobile"]) expect(result.answer).toContain(name);
    expect(result.facts.length).toBeGreaterThanOrEqual(2);
    // No lead that names one of the two governments as if it were the answer.
    expect(result.answer).not.toMatch(/^(?:Samoa|Tonga)\./);
  });

  it("keeps to the month asked: what the two agreed on in April, not what they did in August", () => {
    const result = asked("what did samoa and tonga agree on in april?");
    expect(result.answer).toContain("charter a repair ship");
    expect(result.answer).toContain("Tasi Repair Fund");
    expect(result.answer).not.toContain("have both paid");
  });

  it("gathers the proposals turned down at each meeting of the story", () => {
    const result = asked("what proposals were turned down during the georgia armenia power talks?");
    expect(result.answer).toContain("Metsamor");
    expect(result.answer).toContain("1.2 terawatt-hours");
    expect(result.answer).toContain("take-or-pay");
  });

  it("keeps to the thing the act was on: what was signed on maritime security is not every deal signed", () => {
    const result = asked("what did ghana and japan sign on maritime security?");
    expect(result.answer).toContain("maritime security");
    expect(result.answer).not.toContain("Takoradi");
  });

  it("answers who did a thing one person did with that one", () => {
    const result = asked("who mediated the tasi talks?");
    expect(result.answer).not.toContain("Moana Mobile");
  });
});
