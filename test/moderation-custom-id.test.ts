import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCustomId } from "../src/discord/custom-id.ts";
import {
  encodeModerationId,
  factRef,
  type ModerationAction,
  parseModerationId,
  refersTo,
} from "../src/discord/moderation/custom-id.ts";
import { DRAFT_EXPIRED, type Draft, loadDraft, saveDraft } from "../src/discord/moderation/drafts.ts";
import { emptyValues } from "../src/discord/moderation/fact-form.ts";
import { TextMemory } from "../src/discord/text-memory.ts";

const LONGEST_ID = `a${"b".repeat(79)}`;

const EXAMPLES: ModerationAction[] = [
  { kind: "add-form" },
  { kind: "edit-form", fact: "aliyev-is-president-of-azerbaijan", base: 12 },
  { kind: "open-draft", draft: "1x9zz0" },
  { kind: "gap", question: "abc" },
  { kind: "edit", fact: "fact.with_dots-1" },
  { kind: "remove", fact: "f", base: 3 },
  { kind: "remove", fact: "f", base: 3, reason: "zz1" },
  { kind: "cancel" },
  { kind: "list", filter: "visible", page: 0 },
  { kind: "list", filter: "removed", query: "k2", page: 9_999 },
  { kind: "history", fact: "f", page: 4 },
  { kind: "source-page", draft: "k3", index: 2 },
  { kind: "source-drop", draft: "k3", index: 2, fact: "1x9zz0" },
  { kind: "source-edit-form", draft: "k3", index: 0, fact: "a" },
  { kind: "source-remove", source: "example-wire-2025-05-03-talks" },
  { kind: "source-remove", source: "~1x9zz0", reason: "zz1" },
  { kind: "source-restore", source: "example-wire-2025-05-03-talks" },
];

describe("moderation buttons and forms come back as they were sent", () => {
  it.each(EXAMPLES.map((action) => [encodeModerationId(action), action] as const))("%s", (id, action) => {
    expect(parseModerationId(id)).toEqual(action);
  });

  it("fit in 100 characters whatever the fact id, carrying a hash for long ids", () => {
    const ref = factRef(LONGEST_ID);
    expect(ref).toMatch(/^~[0-9a-z]{1,7}$/);
    expect(refersTo(ref, LONGEST_ID)).toBe(true);
    expect(refersTo(ref, "another-id")).toBe(false);
    expect(factRef("short-id")).toBe("short-id");
    for (const action of [
      { kind: "remove", fact: ref, base: 999_999, reason: "zzzzzzz" },
      { kind: "edit-form", fact: factRef("x".repeat(60)), base: 999_999 },
      { kind: "history", fact: ref, page: 9_999 },
      { kind: "list", filter: "changed", query: "zzzzzzz", page: 9_999 },
    ] satisfies ModerationAction[]) {
      expect(encodeModerationId(action).length).toBeLessThanOrEqual(100);
    }
  });

  it("refuses to write an id it could not read back", () => {
    expect(() => encodeModerationId({ kind: "edit", fact: "Not A Slug" })).toThrow(
      "invalid moderation action",
    );
    expect(() => encodeModerationId({ kind: "history", fact: "f", page: -1 })).toThrow();
  });
});

describe("old, foreign or forged custom_ids are unknown, never a crash", () => {
  it.each([
    "",
    "atm1",
    "atm1:",
    "atm1:fa:extra",
    "atm1:fe:fact",
    "atm1:fe:fact:0",
    "atm1:fe:fact:1e3",
    "atm1:fe:fact:01",
    "atm1:fe:Fact:1",
    "atm1:fe:../etc:1",
    "atm1:r:f:1",
    "atm1:l:z:-:0",
    "atm1:l:v:-:-1",
    "atm1:h:f:10000",
    "atm1:o:TOOLONGHASH",
    "atm2:fa",
    "at1:s:abc",
    `atm1:e:${"a".repeat(100)}`,
  ])("%j", (raw) => {
    expect(parseModerationId(raw)).toBeUndefined();
  });

  it("answer buttons and moderation ids never read as each other", () => {
    for (const action of EXAMPLES) expect(parseCustomId(encodeModerationId(action))).toBeUndefined();
    expect(parseModerationId("at1:p:123456789012345678:abc:1")).toBeUndefined();
  });

  it("any string parses to nothing or to a valid action that encodes back to it", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc
            .constantFrom(...EXAMPLES.map(encodeModerationId))
            .chain((id) => fc.integer({ min: 0, max: id.length }).map((cut) => id.slice(0, cut))),
        ),
        (raw) => {
          const action = parseModerationId(raw);
          if (action) expect(encodeModerationId(action)).toBe(raw);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("the text typed into a form is kept for the button that reopens it", () => {
  const owner = { guildId: "900000000000000001", userId: "100000000000000001" };
  const draft: Draft = {
    v: 1,
    form: "edit",
    ...owner,
    factId: "aliyev-is-president-of-azerbaijan",
    base: 2,
    values: { ...emptyValues(), statement: "What I typed", reason: "why" },
  };

  it("gives it back to the same moderator in the same server", () => {
    const memory = new TextMemory();
    const hash = saveDraft(memory, draft);
    expect(hash).toMatch(/^[0-9a-z]{1,7}$/);
    expect(loadDraft(memory, hash, owner)).toEqual({ ok: true, draft });
  });

  it("is not given to another moderator or another server", () => {
    const memory = new TextMemory();
    const hash = saveDraft(memory, draft);
    expect(loadDraft(memory, hash, { ...owner, userId: "2" })).toEqual({ ok: false, message: DRAFT_EXPIRED });
    expect(loadDraft(memory, hash, { ...owner, guildId: "3" })).toEqual({
      ok: false,
      message: DRAFT_EXPIRED,
    });
  });

  it("expires after a day, or with a restart, with a message saying what to do", () => {
    let now = 0;
    const memory = new TextMemory(10, 24 * 3600 * 1000, () => now);
    const hash = saveDraft(memory, draft);
    now = 24 * 3600 * 1000 + 1;
    expect(loadDraft(memory, hash, owner)).toEqual({ ok: false, message: DRAFT_EXPIRED });
    expect(loadDraft(new TextMemory(), hash, owner)).toEqual({ ok: false, message: DRAFT_EXPIRED });
    expect(DRAFT_EXPIRED).toContain("start again with /fact add or /fact edit");
  });

  it("treats a remembered text that is not a draft (a question with the same hash) as expired", () => {
    const memory = new TextMemory();
    const hash = memory.remember("Who is the Secretary General of CICA?");
    expect(loadDraft(memory, hash, owner).ok).toBe(false);
  });
});
