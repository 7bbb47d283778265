/**
 * `npm run facts -- import … --reason "…"` kept whatever was typed in every revision it wrote,
 * escape sequences included, though `/fact add` refuses them in the text it keeps. An `--actor`
 * or `--reason` holding a control character or a direction override is now one line, before
 * anything is read or written.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, tempDirs } from "./fixtures/storage/support.ts";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("npm run facts -- import with control characters in --reason or --actor", {
  timeout: TIMEOUT_MS,
}, () => {
  it("is refused in one line naming the option, and nothing is created", async () => {
    const db = join(dirs.make(), "attache.db");
    const overlay = join(FIXTURES, "overlay");
    const run = await facts([
      "import",
      overlay,
      "--guild",
      "123456789012345678",
      "--db",
      db,
      "--reason",
      "a\u001b[2Jb",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "error: --reason holds an invisible character (U+001B, an escape, which starts a terminal escape sequence) after “a”: delete it and type the text again\n",
    );
    expect(existsSync(db)).toBe(false);
  });
});
