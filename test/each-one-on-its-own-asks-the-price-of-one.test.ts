/**
 * "How much does each of the new ferries cost on its own?" asks the price of one of them, as "one
 * of the ferries" would: the two together ("7 million US dollars together") is no answer; the
 * question about both still is.
 */
import { describe, expect, it } from "vitest";
import { askedIn } from "./support/engines.ts";
import { liracFerryStore } from "./support/lirac-ferry-story.ts";

const ferry = liracFerryStore();

describe("each one on its own asks the price of one", () => {
  it("does not give the price of both for each", () => {
    expect(askedIn(ferry, "how much does each of the new ferries cost on its own?").answered).toBe(false);
    expect(askedIn(ferry, "how much will each new ferry boat cost?").answered).toBe(false);
  });

  it("gives the price of both when both are asked", () => {
    expect(askedIn(ferry, "how much will the two new ferries cost?").answer).toMatch(/7 million/);
  });
});
