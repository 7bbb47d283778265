/**
 * "Who did X replace?" asks for the one before X, who handed over to X: a fact in which X is the
 * one replaced answers "who replaced X?", never "who did X replace?".
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom, FOURTH_EVENT_DIR } from "./support/engines.ts";

const storms = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twenty-second-event")));
const ghana = engineFrom(combinedDataDir(FOURTH_EVENT_DIR));

describe("whom the one named replaced", () => {
  it("does not answer whom Wigley replaced with the one who replaced her", () => {
    expect(askedIn(storms, "who did wigley replace at the foreign ministry").answered).toBe(false);
    expect(askedIn(storms, "who did marcella wigley replace?").answered).toBe(false);
  });

  it("answers whom Spenceley replaced, however the handover is asked", () => {
    for (const question of [
      "who did spenceley replace",
      "whom did spenceley succeed?",
      "who did spenceley take over from?",
    ]) {
      expect(askedIn(storms, question).answer, question).toMatch(/^Marcella Wigley\./);
    }
  });

  it("answers whom a foreign minister took the reins from", () => {
    expect(
      askedIn(ghana, "Who did Mensah-Boateng take the reins from at the foreign ministry?").answer,
    ).toMatch(/^Samuel Quaye\./);
  });

  it("still answers who replaced the one named", () => {
    expect(askedIn(storms, "who replaced wigley?").answer).toMatch(/Orville Spenceley/);
  });
});
