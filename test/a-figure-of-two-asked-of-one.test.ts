/**
 * "How many sirens will Saint Kitts and Nevis get?" is not answered by the sirens two countries will
 * install together: a figure of a pair ("Kyrgyzstan and Tajikistan have mapped 1,100 lakes") is not
 * the figure of one of them, unless the fact shares it out ("each", "respectively").
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom, TENTH_EVENT_DIR } from "./support/engines.ts";

const storms = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twenty-second-event")));
const glaciers = engineFrom(combinedDataDir(TENTH_EVENT_DIR));

describe("a figure of two asked of one", () => {
  it("does not answer one country's sirens with the two countries' sirens", () => {
    expect(askedIn(storms, "how many sirens will st kitts and nevis get").answered).toBe(false);
  });

  it("still answers the sirens of the two together", () => {
    expect(askedIn(storms, "how many sirens will the two countries install?").answer).toMatch(
      /130 outdoor sirens/,
    );
  });

  it("does not answer one side's lakes with the lakes both sides mapped", () => {
    expect(askedIn(glaciers, "how many glacial lakes are on the tajik side of the border?").answered).toBe(
      false,
    );
    expect(askedIn(glaciers, "how many glacial lakes have kyrgyzstan and tajikistan mapped?").answer).toMatch(
      /1,100 glacial lakes/,
    );
  });
});
