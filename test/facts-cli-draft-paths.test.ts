/**
 * `npm run facts -- draft ARTICLE.txt --out DIR` given a path of the wrong kind: a folder where the
 * article belongs, a file where the new folder belongs. One line that names the path and what it
 * should be, exit 1, nothing written; never the system's bare error code.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const META = ["--outlet", "News.Az", "--date", "2024-05-03", "--standalone"];
let root: string;
let article: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attache-draft-paths-"));
  article = join(root, "article.txt");
  writeFileSync(article, "Ilham Aliyev received the foreign minister of Ruritania in Baku on 3 May 2024.\n");
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.concurrent("npm run facts -- draft with a path of the wrong kind", { timeout: TIMEOUT_MS }, () => {
  it("a folder given as the article", async () => {
    const folder = join(root, "articles");
    mkdirSync(folder);
    const run = await facts(["draft", folder, ...META, "--out", join(root, "out-1")]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `error: ${folder} is a folder, not an article's text file`,
    ]);
    expect(readdirSync(root)).not.toContain("out-1");
  });

  it("a file given as the folder to draft into", async () => {
    const file = join(root, "notes.txt");
    writeFileSync(file, "keep me\n");
    const run = await facts(["draft", article, ...META, "--out", file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `error: ${file} is a file: draft into a new folder (--out DIR)`,
    ]);
  });

  it("a folder inside a file, or in a folder this user may not write: one line, nothing left behind", async () => {
    const file = join(root, "plain.txt");
    writeFileSync(file, "a file\n");
    const locked = join(root, "locked");
    mkdirSync(locked);
    chmodSync(root, 0o755);
    chmodSync(locked, 0o555);
    chmodSync(article, 0o644);
    const [inFile, inLocked] = await Promise.all([
      facts(["draft", article, ...META, "--out", join(file, "draft")]),
      facts(["draft", article, ...META, "--out", join(locked, "draft")], { unprivileged: true }),
    ]);
    expect([inFile.code, inLocked.code]).toEqual([1, 1]);
    expect(inFile.stderr.trim().split("\n")).toEqual([
      `error: cannot write the draft to ${join(file, "draft")} (not a directory)`,
    ]);
    expect(inLocked.stderr.trim().split("\n")).toEqual([
      `error: cannot write the draft to ${join(locked, "draft")} (permission denied)`,
    ]);
    expect(readdirSync(locked)).toEqual([]);
  });

  it.skipIf(process.platform !== "linux")(
    "a folder in a system folder that cannot hold one (/proc): one line at once, not a hang",
    async () => {
      const run = await facts(["draft", article, ...META, "--out", "/proc/attache-draft"]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^error: cannot write the draft to \/proc\/attache-draft \(/);
    },
  );
});
