/**
 * "Who was quoted about the LFC talks in Port Ambre?" names the commission's meeting held in Port
 * Ambre: a later meeting whose title only speaks of Port Ambre ("the Port Ambre–Sellu ferry
 * agreement", signed in Sellu) is another one, and its article's quotes are no answer.
 */
import { describe, expect, it } from "vitest";
import { askedIn } from "./support/engines.ts";
import { liracFerryStore } from "./support/lirac-ferry-story.ts";

const ferry = liracFerryStore();

describe("a meeting named by its place is the one held there", () => {
  it("quotes the article of the meeting held in the place named", () => {
    const answer = askedIn(ferry, "who was quoted about the lfc talks in port ambre").answer;
    expect(answer).toMatch(/Lirac Harbour Ledger/);
    expect(answer).toMatch(/Ana Velo/);
    expect(answer).not.toMatch(/Ben Tarr|most recent article/);
  });

  it("still quotes the other meeting's article when its own place is named", () => {
    const answer = askedIn(ferry, "who was quoted about the lfc talks in sellu").answer;
    expect(answer).toMatch(/Tarsa Coastal Monitor/);
    expect(answer).toMatch(/Ben Tarr/);
  });
});
