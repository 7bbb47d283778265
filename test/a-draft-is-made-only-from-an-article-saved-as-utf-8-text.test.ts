/**
 * `npm run facts -- draft ARTICLE.txt` read any file as UTF-8 whatever it held: an article saved as
 * Windows-1252 was drafted with "re�u" and "Fran�ois" in its quotes and names, the original letters
 * lost in the folder written, and a binary file "validated" as a draft of nothing. `/source add`
 * refuses both in one line; so does the command line now, writing nothing. A byte-order mark is
 * left out of the article's text, as `/source add` leaves it out.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const META = ["--outlet", "Le Monde", "--date", "2024-05-03", "--standalone"];
const ARTICLE = "Le président Ilham Aliyev a reçu François Martin à Bakou le 3 mai 2024.\n";
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attache-draft-utf8-"));
  chmodSync(root, 0o755);
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("npm run facts -- draft reads only UTF-8 text", { timeout: TIMEOUT_MS }, () => {
  it("refuses a Windows-1252 article or a binary file in one line and writes nothing", async () => {
    const latin1 = join(root, "latin1.txt");
    writeFileSync(latin1, Buffer.from(ARTICLE, "latin1"));
    const binary = join(root, "scan.txt");
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80, 0x41, 0x42]));
    const [fromLatin1, fromBinary] = await Promise.all([
      facts(["draft", latin1, ...META, "--out", join(root, "out-latin1")]),
      facts(["draft", binary, ...META, "--out", join(root, "out-binary")]),
    ]);
    for (const [run, file, out] of [
      [fromLatin1, latin1, "out-latin1"],
      [fromBinary, binary, "out-binary"],
    ] as const) {
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toEqual([
        `error: ${file} is not UTF-8 text: save the article as plain text (UTF-8) and draft it again`,
      ]);
      expect(existsSync(join(root, out))).toBe(false);
    }
  });

  it("drafts a UTF-8 article saved with a byte-order mark, without the mark, its accents kept", async () => {
    const file = join(root, "bom.txt");
    writeFileSync(file, `\uFEFF${ARTICLE}`);
    const out = join(root, "out-bom");
    const run = await facts(["draft", file, ...META, "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(out, "article.txt"), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(false);
    expect(text).toContain("a reçu François Martin à Bakou");
    expect(readFileSync(join(out, "facts.json"), "utf8")).not.toContain("\uFFFD");
  });
});
