/**
 * "How much is Ambassador Doma paid?" asks a figure of someone the question names: a fact found
 * only through the meeting he attended ("Tarsa Faso pays 2.4 million dollars for the piers") names
 * none of him and is no answer. A country or a place asked is left to the other evidence.
 */
import { describe, expect, it } from "vitest";
import { askedIn } from "./support/engines.ts";
import { liracFerryStore } from "./support/lirac-ferry-story.ts";

const ferry = liracFerryStore();

describe("a figure asked of someone needs a fact that names them", () => {
  it("does not answer a person's pay with what a country pays at their meeting", () => {
    expect(askedIn(ferry, "how much is ambassador doma paid").answered).toBe(false);
  });

  it("still answers what the country pays", () => {
    expect(askedIn(ferry, "how much does tarsa faso pay for the crews?").answer).toMatch(/2\.4 million/);
  });
});
