/**
 * An overlay file is JSON anyone can edit, and `--reason` is whatever was typed: a fact imported
 * with a statement holding a line break and an escape sequence ("\u001b[31m", "\u001b[2J") was
 * printed by `npm run facts -- history` as it was: the terminal turned red or was cleared, and the
 * revision's line broke in two. Each part of a revision is one line, its control characters shown.
 * (Imports now refuse such text; a database written before that still holds it, so the spec
 * imports a clean fact and puts the control characters into the stored revision itself.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "./fixtures/storage/support.ts";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const GUILD = "123456789012345678";
const FACT = "azerbaijan-kazakhstan-digital-memorandum";
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attache-history-controls-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("npm run facts -- history with control characters in what was imported", {
  timeout: 2 * TIMEOUT_MS,
}, () => {
  it("prints each revision's statement and reason on one line, escapes shown", async () => {
    const folder = join(FIXTURES, "overlay", "trend-2024-05-02");
    const [fact] = JSON.parse(readFileSync(join(folder, "facts.json"), "utf8"));
    const source = JSON.parse(readFileSync(join(folder, "source.json"), "utf8"));
    const text = readFileSync(join(folder, "article.txt"), "utf8");
    const file = join(root, "overlay.json");
    writeFileSync(
      file,
      JSON.stringify({
        sources: [{ ...source, text }],
        facts: [
          { ...fact, statement: "Azerbaijan and Kazakhstan signed a memorandum on digital cooperation." },
        ],
      }),
    );
    const db = join(root, "attache.db");
    const imported = await facts(["import", file, "--guild", GUILD, "--db", db, "--reason", "why"]);
    expect(imported.code, imported.stderr).toBe(0);
    const older = new Database(db);
    const stored = older.prepare("SELECT after_json FROM revisions WHERE record_id = ?").get(FACT) as {
      after_json: string;
    };
    const after = JSON.parse(stored.after_json);
    after.statement = "Azerbaijan and Kazakhstan signed \u001b[31ma memorandum\non digital cooperation.";
    older
      .prepare("UPDATE revisions SET after_json = ?, reason = ? WHERE record_id = ?")
      .run(JSON.stringify(after), "why\u001b[2J", FACT);
    older.close();

    const run = await facts(["history", FACT, "--guild", GUILD, "--db", db]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout.trimEnd().split("\n").slice(2)).toEqual([
      String.raw`      reason: why\u001B[2J`,
      String.raw`      Azerbaijan and Kazakhstan signed \u001B[31ma memorandum\non digital cooperation.`,
    ]);
  });
});
