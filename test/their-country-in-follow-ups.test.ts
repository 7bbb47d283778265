/**
 * A person's country in a follow-up: "her country" is the country her post ties her to, and what
 * "he" did, when no fact has him do it himself, may be what his country did ("Veloria and Norland
 * signed the accord"); what he said, or who he is, stays his own.
 */
import { describe, expect, it } from "vitest";
import {
  askedIn,
  combinedDataDir,
  engineFrom,
  FIFTH_EVENT_DIR,
  SECOND_EVENT_DIR,
} from "./support/engines.ts";

const lake = engineFrom(combinedDataDir(SECOND_EVENT_DIR));
const waterway = engineFrom(combinedDataDir(FIFTH_EVENT_DIR));

describe("a person's country in a follow-up", () => {
  it('reads "her country" as the country her post names', () => {
    const result = askedIn(
      waterway,
      "why did her country offer to mediate?",
      "who mediated the waterway talks?",
    );
    expect(result.reading).toMatch(/"her country" as Uruguay/);
    expect(result.answer).toMatch(/rotating presidency/);
  });

  it('answers "what did he sign?" with what his country signed, saying so', () => {
    const result = askedIn(lake, "what treaty did he sign?", "who is Tobias Krenn?");
    expect(result.reading).toMatch(/Tobias Krenn, for Norland/);
    expect(result.answer).toMatch(/Lake Amari Water Accord/);
  });

  it("keeps what he said, and what else he did, his own", () => {
    for (const question of ["what did he say?", "what else did he sign?", "who did he meet?"]) {
      const result = askedIn(lake, question, "who is Tobias Krenn?");
      expect(result.reading ?? "").not.toMatch(/for Norland/);
    }
  });
});
