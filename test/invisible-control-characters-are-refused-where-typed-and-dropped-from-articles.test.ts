/**
 * A statement, a name, an alias or an import could hold control characters and direction
 * overrides: "\u001b[2J" cleared the terminal of whoever later printed the fact, a NUL or a bell
 * went into the store, and "Azer\u202Ebaijan" was stored as a name that shows reversed. Where a
 * moderator types the text, it is refused with one line naming the field and the character; an
 * article pasted or uploaded whole (where nobody can see them to delete them) loses them.
 * Tabs, line breaks, emoji joiners and the marks right-to-left names need are text, and stay.
 */
import { afterAll, describe, expect, it } from "vitest";
import { articleTextOf } from "../src/drafting/article-text.ts";
import { alice, boot, freshDatabase, MEMORANDUM, tempDirs } from "./fixtures/storage/support.ts";

const GUILD = "123456789012345678";
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

function service() {
  return boot(freshDatabase(dirs.make())).service;
}

describe("invisible control characters in what a moderator types", () => {
  it("/fact add: an escape sequence in the statement is one problem naming the field and the character", () => {
    const result = service().addFact(GUILD, alice, {
      ...MEMORANDUM,
      statement: "Azerbaijan and Kazakhstan signed \u001b[2Ja memorandum on digital cooperation.",
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.field).toBe("statement");
    expect(result.problems[0]!.message).toMatch(/U\+001B, an escape.*after “…d Kazakhstan signed ”/);
  });

  it("/fact add: a direction override in an entity name or the outlet is refused, once per field", () => {
    const result = service().addFact(GUILD, alice, {
      ...MEMORANDUM,
      entities: ["Azer\u202Ebaijan", "Kazakstan"],
      outlet: "Trend\u0000",
    });
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(result.problems.map((p) => p.field)).toEqual(["entities[0]", "outlet"]);
    expect(result.problems[0]!.message).toMatch(/U\+202E, a right-to-left override/);
    expect(result.problems[1]!.message).toMatch(/U\+0000, a NUL/);
  });

  it("/entity add and /alias add refuse them in names and descriptions", () => {
    const facts = service();
    const entity = facts.addEntity(GUILD, alice, {
      kind: "person",
      name: "Leyla\u0007 Mammadova",
      description: "Deputy minister",
      aliases: ["L.\u2066M"],
    });
    if (entity.ok) throw new Error("expected invalid");
    expect(entity.problems.map((p) => p.field)).toEqual(["name", "aliases.0"]);
    const alias = facts.addAlias(GUILD, alice, "azerbaijan", "Azer\u202Ebaijan");
    if (alias.ok || alias.kind !== "invalid") throw new Error("expected invalid");
    expect(alias.problems).toEqual([
      { field: "alias", message: expect.stringMatching(/^the alias holds .*U\+202E/) },
    ]);
  });

  it("keeps emoji joiners, right-to-left marks, tabs and line breaks", () => {
    const result = service().addFact(GUILD, alice, {
      ...MEMORANDUM,
      statement:
        "Azerbaijan and Kazakhstan 👩‍⚕️ signed\ta memorandum with مؤتمر\u200F on digital cooperation.",
    });
    expect(result.ok).toBe(true);
  });
});

describe("invisible control characters in an import", () => {
  it("npm run facts -- import: each text holding one is a problem at its JSON path; nothing is imported", () => {
    const facts = service();
    const result = facts.importOverlay(GUILD, alice, {
      entities: [
        {
          id: "leyla-mammadova",
          kind: "person",
          name: "Leyla Mammadova\u202E",
          description: "Minister",
          aliases: [],
        },
      ],
      aliases: [{ entity: "azerbaijan", alias: "\u001b[31mAZ" }],
    });
    if (result.ok) throw new Error("expected invalid");
    expect(result.problems.map((p) => p.path)).toEqual(["$.entities[0].name", "$.aliases[0].alias"]);
    expect(result.problems[0]!.message).toMatch(/^the text holds an invisible character \(U\+202E/);
    expect(facts.aliases(GUILD)).toEqual([]);
  });
});

describe("invisible control characters in an article", () => {
  it("/source add and facts draft: an uploaded article loses them, and keeps its tabs and paragraphs", () => {
    const bytes = new TextEncoder().encode(
      "\uFEFFAzer\u202Ebaijan\u0000 signed\r\n\tthe \u001b[1mmemorandum.",
    );
    expect(articleTextOf(bytes)).toBe("Azerbaijan signed\n\tthe [1mmemorandum.");
  });
});
