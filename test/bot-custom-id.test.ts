import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ComponentAction,
  encodeCustomId,
  MAX_FACT_HASHES,
  parseCustomId,
  shortHash,
} from "../src/discord/custom-id.ts";
import { LIMITS } from "../src/discord/limits.ts";

const hash = fc.stringMatching(/^[0-9a-z]{1,7}$/);
const action: fc.Arbitrary<ComponentAction> = fc.oneof(
  fc.record({
    kind: fc.constant("sources" as const),
    facts: fc.array(hash, { minLength: 1, maxLength: MAX_FACT_HASHES }),
  }),
  fc.record({
    kind: fc.constant("feedback" as const),
    vote: fc.constantFrom("up" as const, "down" as const),
    question: hash,
    facts: fc.array(hash, { maxLength: MAX_FACT_HASHES }),
  }),
  fc.record({ kind: fc.constant("suggest" as const), index: fc.integer({ min: 0, max: 9 }), hash }),
  fc.record({
    kind: fc.constant("page" as const),
    owner: fc.stringMatching(/^\d{17,20}$/),
    subject: hash,
    page: fc.integer({ min: 0, max: 9999 }),
  }),
);

describe("buttons carry what they mean in their custom_id", () => {
  it("reads back exactly what was written, always within 100 characters", () => {
    fc.assert(
      fc.property(action, (written) => {
        const id = encodeCustomId(written);
        expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
        expect(parseCustomId(id)).toEqual(written);
      }),
    );
  });

  it("has a readable, versioned layout", () => {
    expect(encodeCustomId({ kind: "sources", facts: ["abc", "def"] })).toBe("at1:s:abc.def");
    expect(encodeCustomId({ kind: "feedback", vote: "down", question: "q1", facts: ["abc"] })).toBe(
      "at1:f:d:q1:abc",
    );
    expect(encodeCustomId({ kind: "suggest", index: 2, hash: "zz" })).toBe("at1:q:2:zz");
    expect(encodeCustomId({ kind: "page", owner: "123456789012345678", subject: "s", page: 3 })).toBe(
      "at1:p:123456789012345678:s:3",
    );
  });

  it("treats anything it did not write as an unknown button, never an error", () => {
    for (const raw of [
      "",
      "at1",
      "at1:s:",
      "at1:x:abc",
      "at0:s:abc",
      "at1:s:ABC",
      "at1:q:1e3:abc",
      "at1:q:-1:abc",
      "at1:q::abc",
      "at1:p:notanid:abc:1",
      "at1:f:maybe:q:abc",
      "at1:s:abc:extra",
      `at1:s:${"a".repeat(200)}`,
      "some-other-bot:button",
    ]) {
      expect(parseCustomId(raw), raw).toBeUndefined();
    }
  });

  it("survives any string a modified client could send", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (raw) => {
        expect(() => parseCustomId(raw)).not.toThrow();
      }),
    );
  });
});

describe("short hashes identify texts without storing them", () => {
  it("are stable, short and lower-case base 36", () => {
    expect(shortHash("Who is Ilham Aliyev?")).toBe(shortHash("Who is Ilham Aliyev?"));
    expect(shortHash("Who is Ilham Aliyev?")).not.toBe(shortHash("Who is Kairat Sarybay?"));
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(shortHash(text)).toMatch(/^[0-9a-z]{1,7}$/);
      }),
    );
  });
});
