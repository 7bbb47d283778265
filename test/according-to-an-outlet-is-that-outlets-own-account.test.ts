/**
 * "According to the Lirac Harbour Ledger, how much would the ferry cost?" asks what that outlet's
 * articles say: the figure another outlet gave later does not take its place (nor stand beside it
 * as the "later" account), while the same question without the outlet still gets the figure as it
 * stands now.
 */
import { describe, expect, it } from "vitest";
import { askedIn } from "./support/engines.ts";
import { liracFerryStore } from "./support/lirac-ferry-story.ts";

const ferry = liracFerryStore();

describe("according to an outlet is that outlet's own account", () => {
  it("answers with the outlet's figure, not a later outlet's", () => {
    const answer = askedIn(
      ferry,
      "according to the lirac harbour ledger, how much would the lirac ferry cost?",
    );
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/9\.4 million/);
    expect(answer.answer).not.toMatch(/11\.6|Tarsa Coastal Monitor/);
  });

  it("answers the later outlet with its own figure", () => {
    expect(
      askedIn(ferry, "according to the tarsa coastal monitor, how much does the lirac ferry cost?").answer,
    ).toMatch(/11\.6 million/);
  });

  it("still gives the figure as it stands when no outlet is named", () => {
    expect(askedIn(ferry, "how much does the lirac ferry cost now?").answer).toMatch(/11\.6 million/);
  });
});
