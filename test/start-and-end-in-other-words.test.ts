import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn as asked, combinedDataDir, engineFrom, NINTH_EVENT_DIR } from "./support/engines.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const forests = engineFrom(combinedDataDir(NINTH_EVENT_DIR));
const storms = engineFrom(combinedDataDir(join(FIXTURES, "twenty-second-event")));
const cable = engineFrom(combinedDataDir(join(FIXTURES, "twenty-first-event")));

describe("a start, a beginning and an end told in other words", () => {
  it("answers when a protocol starts with the day it takes effect", () => {
    const result = asked(forests, "when does the cfpc firefighting protocol start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 May 2027");
  });

  it("answers since when someone holds a post with the day she takes up the post", () => {
    const result = asked(storms, "since when has merchison been the secretariat's director?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 August 2026");
  });

  it("answers until when someone leads a body with the day they step down", () => {
    const result = asked(cable, "until when is vaipulu in charge of the stca?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("31 December 2026");
  });
});
