/**
 * `npm run facts -- import DIR --guild ID --db NEW` of a folder with a problem of its own (here a
 * fact whose statement holds a terminal escape) said "note: created a new database …", left that
 * database behind, empty, and then said nothing was imported. The document is now checked before
 * any database is opened: the operator reads the problem and nothing else, and no file appears.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, tempDirs } from "./fixtures/storage/support.ts";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("an import into a server that is turned down", { timeout: TIMEOUT_MS }, () => {
  it("names the problem, creates no database and says nothing was imported", async () => {
    const root = dirs.make();
    const article = join(root, "trend-2024-05-02");
    cpSync(join(FIXTURES, "overlay", "trend-2024-05-02"), article, { recursive: true });
    const factsFile = join(article, "facts.json");
    const [fact] = JSON.parse(readFileSync(factsFile, "utf8")) as { statement: string }[];
    if (!fact) throw new Error("the overlay fixture has a fact");
    fact.statement = `${fact.statement}\u001b[2J`;
    writeFileSync(factsFile, JSON.stringify([fact]));
    const db = join(root, "attache.db");
    const run = await facts(["import", root, "--guild", "123456789012345678", "--db", db]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("created a new database");
    expect(run.stderr).toContain("nothing was imported");
    expect(existsSync(db)).toBe(false);
  });
});
