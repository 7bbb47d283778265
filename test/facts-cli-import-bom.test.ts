/**
 * An overlay exported with `npm run facts -- export`, opened and saved again in Windows Notepad (or
 * written by PowerShell's Out-File), starts with an invisible byte-order mark. It is still the same
 * JSON: the import reads it, rather than refusing it for a character nobody can see.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const GUILD = "123456789012345678";

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attache-import-bom-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("npm run facts -- import reads a file saved with a byte-order mark", { timeout: TIMEOUT_MS }, () => {
  it("imports it into a server like the same file without one", async () => {
    const exported = await facts(["export"]);
    expect(exported.code, exported.stderr).toBe(0);
    const file = join(root, "overlay.json");
    writeFileSync(file, `\uFEFF${exported.stdout.replace(/\n/g, "\r\n")}`);
    const imported = await facts(["import", file, "--guild", GUILD, "--db", join(root, "attache.db")]);
    expect(imported.stderr).not.toMatch(/not valid JSON/);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^imported into guild \d+: /);
  });
});
