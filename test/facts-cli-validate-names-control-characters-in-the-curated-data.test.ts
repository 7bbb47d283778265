/**
 * `/fact add` and `facts import` refuse a text holding a control character or a direction
 * override, but a curator's own JSON in data/ was not checked: `npm run facts -- validate` said
 * "ok" for a statement holding "\u001b[2J", and the bot then served it. Validate names each such
 * text by file and JSON path, in one line, and fails.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDirs } from "./fixtures/storage/support.ts";
import { SEED_DIR } from "./support/engines.ts";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("npm run facts -- validate on curated data holding control characters", {
  timeout: TIMEOUT_MS,
}, () => {
  it("names the text by file and JSON path, and fails", async () => {
    const data = dirs.make();
    const folder = join(data, "sources", "seed");
    cpSync(SEED_DIR, folder, { recursive: true });
    const file = join(folder, "facts.json");
    const records = JSON.parse(readFileSync(file, "utf8"));
    records[1].statement = `Ilham Aliy\u001b[2J${records[1].statement.slice(10)}`;
    records[2].keywords = ["Sary\u202Ebay"];
    writeFileSync(file, JSON.stringify(records));

    const run = await facts(["validate", data, "--data-only"]);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      `${file} $[1].statement: the text holds an invisible character (U+001B, an escape, which starts a terminal escape sequence) after “Ilham Aliy”: delete it and type the text again`,
      `${file} $[2].keywords[0]: the text holds an invisible character (U+202E, a right-to-left override, which shows the text after it reversed) after “Sary”: delete it and type the text again`,
    ]);
    expect(run.stderr).toMatch(/has 2 problems\n$/);
  });
});
