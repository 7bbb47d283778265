import { afterAll, describe, expect, it } from "vitest";
import { draftArticle } from "../src/drafting/draft.ts";
import { openDatabase } from "../src/storage/index.ts";
import { DRAFT_TTL_MS } from "../src/storage/source-drafts.ts";
import { freshDatabase, tempDirs } from "./fixtures/storage/support.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const drafted = draftArticle({
  text: "Minister Ana Rivas of Veloria met Minister Olek Varn of Norland in Port Sella on Sunday.",
  outlet: "Example Wire",
  date: "2025-05-04",
});
const data = {
  source: drafted.source,
  text: drafted.text,
  entities: drafted.entities,
  events: drafted.events,
  facts: drafted.facts,
  report: drafted.report,
};

describe("/source add drafts wait for review in the database for 24 hours", () => {
  it("survive reopening the database, belong to one server, and are gone after 24 hours", () => {
    let clock = Date.parse("2025-05-04T10:00:00Z");
    const file = freshDatabase(dirs.make());
    const open = () => {
      const opened = openDatabase(file, { now: () => new Date(clock) });
      if (!opened.ok) throw new Error(opened.error.message);
      return opened.store;
    };
    const first = open();
    const id = first.sourceDrafts.put("A", "100", data);
    first.close();

    const again = open();
    expect(again.sourceDrafts.get("A", id)?.data.facts).toEqual(data.facts);
    expect(again.sourceDrafts.get("B", id)).toBeUndefined();
    clock += DRAFT_TTL_MS - 60_000;
    expect(again.sourceDrafts.get("A", id)?.userId).toBe("100");
    clock += 120_000;
    expect(again.sourceDrafts.get("A", id)).toBeUndefined();
    again.close();
  });
});
