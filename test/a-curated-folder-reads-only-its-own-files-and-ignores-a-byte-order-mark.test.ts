import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../src/engine/load.ts";
import { SECOND_EVENT_DIR } from "./support/engines.ts";

const ARTICLE = "harbor-gazette-2025-03-02";
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the second-event fixture to spoil, inside a parent folder that holds a secret file. */
function copyBesideASecret(): { dir: string; folder: string } {
  const parent = mkdtempSync(join(tmpdir(), "attache-folder-"));
  made.push(parent);
  writeFileSync(join(parent, "secret.txt"), "the bot's private notes");
  const dir = join(parent, "data");
  cpSync(SECOND_EVENT_DIR, dir, { recursive: true });
  return { dir, folder: join(dir, ARTICLE) };
}

function editSource(folder: string, edit: (source: Record<string, unknown>) => void): void {
  const file = join(folder, "source.json");
  const source = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  edit(source);
  writeFileSync(file, JSON.stringify(source, null, 2));
}

describe("an article's text is read only from its own folder", () => {
  it("refuses a text file named outside the folder, saying so in one line, and reads nothing there", () => {
    const { dir, folder } = copyBesideASecret();
    editSource(folder, (source) => {
      source.textFile = "../../secret.txt";
    });
    const result = loadDataset(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === "$.textFile");
    expect(problem?.message).toBe("text file ../../secret.txt is not in the article's folder");
    expect(JSON.stringify(result.problems)).not.toContain("private notes");
  });

  it("refuses a name that is the folder itself", () => {
    const { dir, folder } = copyBesideASecret();
    editSource(folder, (source) => {
      source.textFile = ".";
    });
    const result = loadDataset(dir);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toContain(
      "text file . is not in the article's folder",
    );
  });

  it("still reads a text file in a subfolder of the article", () => {
    const { dir, folder } = copyBesideASecret();
    cpSync(join(folder, "article.txt"), join(folder, "text", "article.txt"), { recursive: true });
    editSource(folder, (source) => {
      source.textFile = "text/article.txt";
    });
    expect(loadDataset(dir).ok).toBe(true);
  });
});

describe("a file saved with a byte-order mark loads like one without", () => {
  it("reads facts.json and source.json that start with a byte-order mark", () => {
    const { dir, folder } = copyBesideASecret();
    for (const name of ["facts.json", "source.json"]) {
      const file = join(folder, name);
      writeFileSync(file, `\uFEFF${readFileSync(file, "utf8")}`);
    }
    const result = loadDataset(dir);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("matches a quote at the very start of an article saved with a byte-order mark", () => {
    const { dir, folder } = copyBesideASecret();
    const file = join(folder, "article.txt");
    writeFileSync(file, `\uFEFF${readFileSync(file, "utf8")}`);
    const result = loadDataset(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [source] = [...result.dataset.sources.values()];
    expect(source?.text.startsWith("\uFEFF")).toBe(false);
  });

  it("still refuses a file that is not JSON after the mark", () => {
    const { dir, folder } = copyBesideASecret();
    writeFileSync(join(folder, "events.json"), "\uFEFF[{ nope");
    const result = loadDataset(dir);
    expect(result.ok ? [] : result.problems.map((p) => p.message).join(" ")).toMatch(/not valid JSON/);
  });
});
