/**
 * A source's link was any URL zod accepts: "javascript:alert(1)", "ftp://…", "file:///…" were saved
 * without a word, and no answer card ever showed them (cards link only http and https), so the
 * citation silently had no link. A link is a web address, or it is refused in one line.
 */
import { afterAll, describe, expect, it } from "vitest";
import { Source } from "../src/engine/schema.ts";
import { alice, boot, freshDatabase, MEMORANDUM, tempDirs } from "./fixtures/storage/support.ts";

const GUILD = "123456789012345678";
const NOT_WEB_LINKS = [
  "javascript:alert(1)",
  "ftp://files.example.org/a.txt",
  "file:///etc/passwd",
  "mailto:desk@example.org",
];
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("a citation's link is a web address", () => {
  it("/fact add with a link that is not http(s) is one problem on the link, and nothing is saved", () => {
    const { service } = boot(freshDatabase(dirs.make()));
    for (const url of NOT_WEB_LINKS) {
      const result = service.addFact(GUILD, alice, { ...MEMORANDUM, url });
      if (result.ok || result.kind !== "invalid") throw new Error(`${url} was accepted`);
      expect(result.problems).toEqual([{ field: "url", message: "must be a web address (https://…)" }]);
    }
    expect(service.addFact(GUILD, alice, { ...MEMORANDUM, url: "https://news.example.org/a" }).ok).toBe(true);
  });

  it("a curated source whose url is not a web link does not load", () => {
    const source = { id: "s", outlet: "Example Times", title: "Talks", date: "2025-05-02" };
    for (const url of NOT_WEB_LINKS) expect(Source.safeParse({ ...source, url }).success).toBe(false);
    expect(Source.safeParse({ ...source, url: "https://news.example.org/a" }).success).toBe(true);
  });
});
