/**
 * `npm run facts -- validate PATH` where PATH is a file, not a data folder: one line that says so,
 * as for a folder that does not exist, and exit 1.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "src", "cli", "facts.ts");

function facts(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", CLI, ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_PATH: "", DATA_DIR: "" } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("validate given a file where a data folder belongs", () => {
  it("a folder that does not exist is named in one line (as it should be for a file)", async () => {
    const run = await facts(["validate", "no-such-folder"]);
    expect(run.code).toBe(1);
    const said = `${run.stdout}${run.stderr}`.trim().split("\n");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/no-such-folder.*(missing|not found)/);
  });

  // Once Node's errno ("ENOTDIR: not a directory, scandir 'README.md'") reached the operator.
  it.each(["validate README.md", "validate --data README.md"])("npm run facts -- %s", async (line) => {
    const args = line.split(" ");
    const run = await facts(args);
    expect(run.code).toBe(1);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/ENOTDIR|scandir/);
    expect(`${run.stdout}${run.stderr}`).toMatch(/README\.md.*(not found|not a folder)/);
  });
});
