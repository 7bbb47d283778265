import { describe, expect, it } from "vitest";
import { askedDateIn, inOneDating } from "../src/engine/score-time.ts";

describe("one answer reads the date a text asks about once", () => {
  it("asked again in one answer, a text's date is the one read first, and cannot be changed", () => {
    inOneDating(() => {
      const first = askedDateIn("What did they sign on 17 May 2024?");
      expect(first).toEqual({ year: 2024, month: 5, day: 17 });
      expect(askedDateIn("What did they sign on 17 May 2024?")).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
    });
  });

  it("a text that asks no date is read as asking none, however often it is read", () => {
    inOneDating(() => {
      expect(askedDateIn("When may they sign the accord?")).toBeUndefined();
      expect(askedDateIn("When may they sign the accord?")).toBeUndefined();
    });
  });

  it("other texts, and the same text in another answer or outside one, are read afresh", () => {
    let first: unknown;
    inOneDating(() => {
      first = askedDateIn("Who met in March 2026?");
      expect(askedDateIn("Who met in April 2026?")).toEqual({ year: 2026, month: 4 });
    });
    inOneDating(() => {
      const again = askedDateIn("Who met in March 2026?");
      expect(again).toEqual(first);
      expect(again).not.toBe(first);
    });
    expect(askedDateIn("Who met in March 2026?")).not.toBe(askedDateIn("Who met in March 2026?"));
  });
});
