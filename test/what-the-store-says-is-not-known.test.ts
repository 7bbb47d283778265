import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nameNotGiven, statesAsUnknown } from "../src/engine/verify.ts";
import {
  askedIn as asked,
  combinedDataDir,
  engineFrom,
  FIFTH_EVENT_DIR,
  THIRD_EVENT_DIR,
} from "./support/engines.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const storms = engineFrom(combinedDataDir(join(FIXTURES, "twenty-second-event")));
const mongolia = engineFrom(combinedDataDir(THIRD_EVENT_DIR));
const rivers = engineFrom(combinedDataDir(FIFTH_EVENT_DIR));

describe("what the store says is not known is told as not known, not as an answer", () => {
  it("does not answer who will own the radar with the memorandum's silence on it", () => {
    const result = asked(storms, "who is going to own the radar after five years?");
    expect(result.answered).toBe(false);
    expect(result.answer).toContain("not known");
  });

  it("does not answer who tests the sirens with fishermen not knowing who will", () => {
    const result = asked(storms, "who will test the sirens each month?");
    expect(result.answered).toBe(false);
  });

  it("asks the same thing the unknown is about, by the same wh-word", () => {
    const fact = "The memorandum does not say who will own the radar once the first five years are over.";
    expect(statesAsUnknown("who will own the radar?", fact)).toBe(true);
    expect(statesAsUnknown("who signed the memorandum?", fact)).toBe(false);
    expect(statesAsUnknown("when will they own the radar?", fact)).toBe(false);
    expect(
      statesAsUnknown("how much did the radar cost?", "They have not said how much the radar will cost."),
    ).toBe(true);
  });
});

describe("a name asked of someone the store tells of only by description is not given", () => {
  it("does not answer the name of the president invited with the president who invited", () => {
    const result = asked(
      mongolia,
      "what is the name of the chilean president that was invited for a state visit?",
    );
    expect(result.answered).toBe(false);
  });

  it("does not answer the name of an engineer the bank may appoint", () => {
    const result = asked(storms, "what is the name of the engineer appointed by the resilience bank?");
    expect(result.answered).toBe(false);
  });

  it("still names an engineer the store names", () => {
    const result = asked(rivers, "what is the name of the bolivian engineer who led the ppwc secretariat?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Villarroel");
  });

  it("takes a name given beside the description as given", () => {
    expect(nameNotGiven("what is the name of the engineer?", "The engineer, Jane Doe, said so.")).toBe(false);
    expect(
      nameNotGiven("what is the name of the engineer?", "Jane Doe, an engineer from Peru, said so."),
    ).toBe(false);
    expect(
      nameNotGiven("what is the name of the engineer?", "The bank will appoint an engineer to check it."),
    ).toBe(true);
  });
});
