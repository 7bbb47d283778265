/**
 * `npm run facts -- draft` killed while it writes the drafted folder (SIGKILL: a power cut, the
 * OOM killer, a CI job cancelled) leaves no half-written draft where the curator asked for it:
 * the folder named by --out is either not there or whole, and what is left of a cut write is
 * hidden (a dot-folder the store's loader skips), so it can never be loaded as a source. Running
 * the same command again then drafts the folder.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_TIMEOUT_MS, runFacts } from "./support/facts-cli.ts";

const ROOT = resolve(import.meta.dirname, "..");
const HOOK = join(ROOT, "test", "fixtures", "crash", "kill-on-write.ts");
const META = ["--outlet", "News.Az", "--date", "2024-05-03", "--standalone"];
let root: string;
let article: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attache-draft-killed-"));
  article = join(root, "article.txt");
  writeFileSync(article, "Ilham Aliyev received the foreign minister of Ruritania in Baku on 3 May 2024.\n");
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function draftKilledWriting(
  file: string,
  out: string,
): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [
        "--import",
        "tsx",
        "--import",
        HOOK,
        join(ROOT, "src", "cli", "facts.ts"),
        "draft",
        article,
        ...META,
        "--out",
        out,
      ],
      { cwd: ROOT, env: { ...process.env, KILL_ON_WRITE: file, NO_COLOR: "1" }, timeout: CLI_TIMEOUT_MS },
      (error) =>
        done({ code: typeof error?.code === "number" ? error.code : null, signal: error?.signal ?? null }),
    );
  });
}

describe("npm run facts -- draft killed while writing the draft", { timeout: CLI_TIMEOUT_MS * 2 }, () => {
  it("leaves no half-written folder at --out, nothing the loader reads, and the same command then works", async () => {
    const out = join(root, "sources", "2024-05-03-news-az-ruritania");
    const killed = await draftKilledWriting("facts.json", out);
    expect(killed.signal).toBe("SIGKILL");
    expect(existsSync(out)).toBe(false);
    const left = existsSync(join(root, "sources")) ? readdirSync(join(root, "sources")) : [];
    expect(left.filter((name) => !name.startsWith("."))).toEqual([]);

    const again = await runFacts(["draft", article, ...META, "--out", out]);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ["article.txt", "entities.json", "events.json", "facts.json", "source.json"].sort(),
    );
  });
});
