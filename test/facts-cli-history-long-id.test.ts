/**
 * `npm run facts -- history ID` with an id pasted by mistake: a whole file, 100 kB on one line. The
 * answer is still one short line, the id cut to its start, not the paste printed back in full.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const GUILD = "123456789012345678";
const PASTED = `azerbaijan-${"chairs-cica-".repeat(9000)}`;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attache-history-long-id-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.concurrent("npm run facts -- history with a 100 kB id", { timeout: TIMEOUT_MS }, () => {
  it("of a curated fact: one short line naming the start of the id", async () => {
    const run = await facts(["history", PASTED]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(200);
    expect(lines[0]).toMatch(/^error: no curated fact "azerbaijan-chairs-cica-chairs-cica.*…"/);
  });

  it("of a server's fact: the same", async () => {
    const db = join(root, "attache.db");
    const empty = join(root, "empty.json");
    writeFileSync(empty, JSON.stringify({ format: "attache-overlay", version: 1, facts: [] }));
    const created = await facts(["import", empty, "--guild", GUILD, "--db", db]);
    expect(created.code, created.stderr).toBe(0);
    const run = await facts(["history", PASTED, "--guild", GUILD, "--db", db]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(200);
    expect(lines[0]).toMatch(/^error: no fact "azerbaijan-chairs-cica-chairs-cica.*…" in guild \d+$/);
  });
});
