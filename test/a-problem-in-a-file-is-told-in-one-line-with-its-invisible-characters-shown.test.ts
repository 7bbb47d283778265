/**
 * `npm run facts -- import overlay.json` on a file broken over several lines printed the parser's
 * message as it came, with the file's own line breaks inside it: one problem on four lines, the
 * last of them a lone `" is not valid JSON`. A data file saved with a byte-order mark was refused
 * for `Unexpected token ''`, quoting a character nobody can see. Each problem is one line, and
 * what it quotes from the file shows its line breaks and invisible characters as escapes.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem } from "../src/cli/load-engine.ts";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attache-problem-one-line-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a problem in a file is told in one line", { timeout: TIMEOUT_MS }, () => {
  it("npm run facts -- import: a JSON file broken over several lines is one problem line", async () => {
    const file = join(root, "overlay.json");
    writeFileSync(file, '{\n  "facts": [\n    {"id": ,\n  ]\n}\n');
    const run = await facts(["import", file]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/overlay\.json \$: not valid JSON: .*\\n.* is not valid JSON$/);
    expect(run.stderr.trimEnd()).toMatch(/has 1 problem; nothing was imported$/);
  });

  it("names a byte-order mark, a zero-width space, a tab or an escape sequence by its code", () => {
    const line = formatProblem({
      file: "data/sources/x/facts.json",
      path: "$",
      message: "not valid JSON: Unexpected token '\uFEFF', \"\uFEFF[\r\n\t{ azer\u200Bbaijan \u001b[31m\"",
    });
    expect(line).toBe(
      String.raw`data/sources/x/facts.json $: not valid JSON: Unexpected token '\uFEFF', "\uFEFF[\r\n\t{ azer\u200Bbaijan \u001B[31m"`,
    );
  });

  it("leaves letters of every script, emoji and their joiners as they are", () => {
    const message = 'unknown entity "مؤتمر" in "Ferrante 👩‍⚕️ café"';
    expect(formatProblem({ file: "f.json", path: "$[0]", message })).toBe(`f.json $[0]: ${message}`);
  });
});
