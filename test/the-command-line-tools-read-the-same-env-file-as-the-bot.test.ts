/**
 * An operator keeps the bot's settings in `.env`, as the README says. `npm run facts -- import
 * FILE --guild ID` did not read it: with DATABASE_PATH=/var/lib/attache/attache.db there, the import
 * went into a new ./data/attache.db the bot never opens ("imported into guild …", and the server
 * saw nothing), and `npm run ask` answered from ./data rather than the bot's DATA_DIR. And a `.env`
 * the bot's user could not read (its owner changed, a folder of that name) was passed over in
 * silence: "DISCORD_TOKEN is not set". The tools now read the same `.env` the same way; a `.env`
 * that is there but unreadable is one line.
 *
 * Each run is in a copy of the project (its `.env` is the project's), never the repository's own.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnvFile } from "../src/config/env-file.ts";
import { FIXTURES } from "./fixtures/storage/support.ts";
import { SEED_DIR } from "./support/engines.ts";

const ROOT = resolve(import.meta.dirname, "..");
const GUILD = "123456789012345678";
/** Three starts of tsx at once on two shared cores. */
const TIMEOUT_MS = 90_000;

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attache-env-file-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A project folder of its own: the sources, migrations and package.json, the dependencies linked. */
function projectCopy(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const part of ["src", "migrations", "package.json"])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A tool of that copy, run from it, with none of Attaché's settings in the environment. */
function tool(project: string, script: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { NO_COLOR: "1" };
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(DISCORD_|DATABASE_|DATA_DIR|COOLDOWN_|LOG_LEVEL|METRICS_|SHARD_)/.test(name)) env[name] = value;
  }
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(project, "src", "cli", script), ...args],
      { cwd: project, env, timeout: TIMEOUT_MS },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

describe("the command line tools read the same .env as the bot", { timeout: TIMEOUT_MS }, () => {
  it("import writes into the DATABASE_PATH of .env; ask reads its DATA_DIR; an unreadable .env is one line", async () => {
    const botDatabase = join(root, "bot", "attache.db");
    mkdirSync(join(root, "bot"));
    const importing = projectCopy("importing");
    writeFileSync(join(importing, ".env"), `DATABASE_PATH=${botDatabase}\nDATA_DIR=${SEED_DIR}\n`);
    const asking = projectCopy("asking");
    const missing = join(root, "no-such-data");
    writeFileSync(join(asking, ".env"), `DATA_DIR=${missing}\n`);
    const broken = projectCopy("broken");
    mkdirSync(join(broken, ".env"));

    const [imported, asked, refused] = await Promise.all([
      tool(importing, "facts.ts", ["import", join(FIXTURES, "overlay"), "--guild", GUILD]),
      tool(asking, "ask.ts", ["Who chairs CICA?"]),
      tool(broken, "facts.ts", ["export"]),
    ]);

    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`^imported into guild ${GUILD}: `));
    expect(existsSync(botDatabase)).toBe(true);
    expect(existsSync(join(importing, "data", "attache.db"))).toBe(false);

    expect(asked.code).toBe(1);
    expect(asked.stderr.trimEnd().split("\n")).toEqual([
      `error: the data folder ${missing} is missing or not a folder (check DATA_DIR or --data)`,
    ]);

    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trimEnd().split("\n")).toEqual([
      "error: cannot read .env (it is a folder, not a file): fix it, or set the variables in the environment instead",
    ]);
  });

  it("never overrides a value the environment already sets, and a missing .env is no problem", () => {
    const file = join(root, "values.env");
    writeFileSync(file, "DATA_DIR=/from/the/file\nDATABASE_PATH=/from/the/file.db\n");
    const env: NodeJS.ProcessEnv = { DATA_DIR: "/from/the/environment" };
    expect(loadEnvFile(env, file)).toBeUndefined();
    expect(env).toEqual({ DATA_DIR: "/from/the/environment", DATABASE_PATH: "/from/the/file.db" });
    expect(loadEnvFile({}, join(root, "nothing-here.env"))).toBeUndefined();
  });
});
