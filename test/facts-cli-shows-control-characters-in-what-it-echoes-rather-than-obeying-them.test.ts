/**
 * `npm run facts` names what it could not find or open: a fact id, a file, a database path. It
 * printed them as given, so an escape sequence in one (a file name from a glob, text pasted from
 * a log) recoloured or cleared the terminal, hiding the error it was part of, and a line break
 * split it. What it echoes is shown with its control characters and direction overrides as
 * escapes, the error still one line.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "./fixtures/storage/support.ts";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const GUILD = "123456789012345678";
const root = mkdtempSync(join(tmpdir(), "attache-cli-echo-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("npm run facts echoing what it was given", { timeout: 3 * TIMEOUT_MS }, () => {
  it("a fact id, a file and a database path holding escapes: one line each, escapes shown", async () => {
    const db = join(root, "attache.db");
    const created = await facts([
      "import",
      join(FIXTURES, "overlay", "trend-2024-05-02"),
      "--guild",
      GUILD,
      "--db",
      db,
    ]);
    expect(created.code, created.stderr).toBe(0);
    const runs = await Promise.all([
      facts(["history", "nope\u001b[2J\u202Eabc", "--guild", GUILD, "--db", db]),
      facts(["import", join(root, "no\u001b[31mpe\nx.json"), "--guild", GUILD, "--db", db]),
      facts(["export", "--guild", GUILD, "--db", join(root, "\u001b[31mx.db")]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).not.toContain("\u001b");
      expect(run.stderr).not.toContain("\u202e");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^error: .*\\u001B\[/);
    }
  });
});
