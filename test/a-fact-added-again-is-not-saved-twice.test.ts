/**
 * A moderator told “… I cannot tell whether it was saved” (the connection went at the very moment of
 * the commit) naturally sends `/fact add` again; so does one who double-clicks. The same statement
 * was then saved a second time under another id, and questions cited it twice. Now adding a
 * statement this server already has (spaces aside), however it got there, is refused in one line
 * that names the fact that says it; nothing is added. On SQLite and on PostgreSQL alike.
 */
import { afterAll, describe, expect, it } from "vitest";
import { FactService } from "../src/storage/service.ts";
import {
  alice,
  baseEngine,
  bob,
  freshDatabase,
  MEMORANDUM,
  openAt,
  PRESIDENT_FACT,
  tempDirs,
} from "./fixtures/storage/support.ts";

const GUILD = "123456789012345678";
const OTHER_GUILD = "223456789012345678";
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const changed = (service: FactService, guild = GUILD) =>
  service.listFacts(guild, { filter: "changed", pageSize: 100 }).items.map((view) => view.id);

describe("a fact added again", () => {
  it("is refused in one line naming the fact already saved, even by a process that had not seen it", () => {
    const store = openAt(freshDatabase(dirs.make()));
    const first = new FactService(baseEngine(), store);
    const added = first.addFact(GUILD, alice, MEMORANDUM);
    if (!added.ok) throw new Error("not added");
    const id = added.fact.id;
    // Sent again: by the same bot, and by one whose memory missed the commit (its answer was lost).
    const unaware = new FactService(baseEngine(), store);
    for (const service of [first, unaware]) {
      const again = service.addFact(GUILD, bob, {
        ...MEMORANDUM,
        statement: `  ${MEMORANDUM.statement.replace(/ /g, "  ")}\n`,
      });
      expect(again.ok).toBe(false);
      if (again.ok || again.kind !== "invalid") throw new Error("not refused");
      expect(again.problems).toHaveLength(1);
      expect(again.problems[0]?.field).toBe("statement");
      expect(again.problems[0]?.message).toContain(`"${id}"`);
      expect(again.problems[0]?.message.split("\n")).toHaveLength(1);
    }
    expect(changed(first)).toEqual([id]);
    store.close();
  });

  it("is refused when a curated fact says it; another server, or after a removal, may add it", () => {
    const store = openAt(freshDatabase(dirs.make()));
    const service = new FactService(baseEngine(), store);
    const curated = service.getFact(GUILD, PRESIDENT_FACT);
    if (!curated) throw new Error("no curated fact");
    const copy = service.addFact(GUILD, alice, { ...MEMORANDUM, statement: curated.fact.statement });
    expect(copy.ok).toBe(false);
    const added = service.addFact(GUILD, alice, MEMORANDUM);
    if (!added.ok) throw new Error("not added");
    expect(service.addFact(OTHER_GUILD, alice, MEMORANDUM).ok).toBe(true);
    const removed = service.removeFact(GUILD, alice, added.fact.id, { reason: "mistake" });
    expect(removed.ok).toBe(true);
    expect(service.addFact(GUILD, alice, MEMORANDUM).ok).toBe(true);
    store.close();
  });
});
