/**
 * What a new operator gets wrong on the first day, tried the way they would: the real bot
 * (`src/main.ts`) and the real `npm run facts` as child processes. Every mistake must end in one
 * line that names it, a non-zero exit, no stack trace, and no file created, changed or left behind.
 *
 * A read-only file cannot be made read-only for root, so when the tests run as root (containers)
 * those runs use the unprivileged `nobody` account, as a real deployment would.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { openStore } from "../../src/storage/database.ts";
import { childEnv, PROJECT_ROOT } from "./support/bot-process.ts";

/** Several Node + tsx start-ups at once on 2 shared cores take a while. */
const RUN_TIMEOUT_MS = 60_000;
const TOKEN = `${Buffer.from("123456789012345678").toString("base64url")}.GhJkLm.s3cr3tT0kenPartThatMustNeverBePrinted`;
/** Nothing listens there: a run that got as far as connecting would fail differently. */
const NOWHERE = "http://127.0.0.1:9/api";
const GUILD = "123456789012345678";
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
  options: { unprivileged?: boolean } = {},
): Promise<Finished> {
  const as = options.unprivileged && asRoot ? { uid: NOBODY, gid: NOBODY } : {};
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { cwd: PROJECT_ROOT, env: childEnv(env), timeout: RUN_TIMEOUT_MS, ...as },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const startBot = (env: Record<string, string>, options?: { unprivileged?: boolean }) =>
  run("src/main.ts", [], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: NOWHERE, ...env }, options);
const facts = (args: readonly string[], options?: { unprivileged?: boolean }) =>
  run("src/cli/facts.ts", args, {}, options);

/** Every file under `dir` with a hash of its bytes: equal snapshots mean nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return files;
}

/** One line on stderr, nothing on stdout, a non-zero exit: the shape of every refusal here. */
function expectOneLine(finished: Finished, expect: typeof import("vitest").expect): string {
  expect(finished.code, `${finished.stdout}${finished.stderr}`).not.toBe(0);
  expect(finished.code).not.toBeNull();
  expect(finished.stdout).toBe("");
  const lines = finished.stderr.split("\n").filter(Boolean);
  expect(lines, finished.stderr).toHaveLength(1);
  expect(finished.stderr).not.toMatch(/^\s+at /m);
  expect(finished.stderr).not.toContain("s3cr3tT0kenPart");
  return lines[0] ?? "";
}

let root: string;
let exportFile: string;
/** A healthy, migrated database that this user (or `nobody`) may read but not write. */
let readOnlyDb: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "attache-e2e-mistakes-"));
  // `nobody` must be able to look inside (it may still not write the read-only file).
  chmodSync(root, 0o777);
  exportFile = join(root, "overlay.json");
  const roFolder = join(root, "read-only");
  mkdirSync(roFolder, { mode: 0o777 });
  chmodSync(roFolder, 0o777);
  readOnlyDb = join(roFolder, "attache.db");
  const opened = openStore(readOnlyDb);
  if (!opened.ok) throw new Error(opened.error.message);
  opened.store.close();
  chmodSync(readOnlyDb, 0o444);
  // Something to import: the curated base, as `npm run facts -- export` prints it.
  const exported = await facts(["export"]);
  if (exported.code !== 0) throw new Error(exported.stderr);
  writeFileSync(exportFile, exported.stdout);
}, RUN_TIMEOUT_MS);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.concurrent("A mistake in a setting stops the bot with one line and changes nothing", {
  timeout: RUN_TIMEOUT_MS,
}, () => {
  it("a read-only database file", async ({ expect }) => {
    const before = snapshot(root);
    const finished = await startBot({ DATABASE_PATH: readOnlyDb }, { unprivileged: true });
    expect(expectOneLine(finished, expect)).toBe(
      `error: database ${readOnlyDb}: the file is read-only for this user; the bot must be able to write to it`,
    );
    // No -wal or -shm left beside it.
    expect(snapshot(root)).toEqual(before);
  });

  it("a DATABASE_PATH in a folder that does not exist (a typo must not start an empty database)", async ({
    expect,
  }) => {
    const path = join(root, "no-such-folder", "attache.db");
    const before = snapshot(root);
    const finished = await startBot({ DATABASE_PATH: path });
    expect(expectOneLine(finished, expect)).toBe(
      `error: database ${path}: the folder ${join(root, "no-such-folder")} does not exist; create it, or correct the path (DATABASE_PATH or --db)`,
    );
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(root)).not.toContain("no-such-folder");
  });

  it("a DATABASE_PATH that is a folder", async ({ expect }) => {
    const finished = await startBot({ DATABASE_PATH: join(root, "read-only") });
    expect(expectOneLine(finished, expect)).toBe(
      `error: database ${join(root, "read-only")}: cannot read the file (not a regular file)`,
    );
  });

  it("a DISCORD_API_URL with the API version in it", async ({ expect }) => {
    const finished = await startBot({ DISCORD_API_URL: "http://127.0.0.1:8080/api/v10" });
    expect(finished.code).toBe(1);
    expect(finished.stderr.split("\n").filter(Boolean)).toEqual([
      "config: DISCORD_API_URL must be the REST base without the API version (…/api, not …/api/v10)",
      "error: fix the configuration above (every variable is described in .env.example)",
    ]);
  });

  it("a SHARD_IDS that is not a list of shard numbers", async ({ expect }) => {
    const finished = await startBot({ SHARD_COUNT: "auto", SHARD_IDS: "0,x" });
    expect(finished.code).toBe(1);
    expect(finished.stderr.split("\n").filter(Boolean)).toEqual([
      "config: SHARD_IDS must be shard numbers separated by commas, such as 0,2",
      "error: fix the configuration above (every variable is described in .env.example)",
    ]);
  });

  it("SHARD_COUNT with a Discord that cannot be reached: one line, no shard started, no database made", async ({
    expect,
  }) => {
    const folder = mkdtempSync(join(tmpdir(), "attache-e2e-shards-"));
    try {
      const finished = await startBot({ SHARD_COUNT: "2", DATABASE_PATH: join(folder, "attache.db") });
      expect(expectOneLine(finished, expect)).toBe(
        `error: could not ask Discord how to shard: cannot reach ${NOWHERE}; check the network or DISCORD_API_URL`,
      );
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("a DATA_DIR that does not exist", async ({ expect }) => {
    const finished = await startBot({ DATA_DIR: join(root, "no-data") });
    expect(expectOneLine(finished, expect)).toBe(
      `error: the data folder ${join(root, "no-data")} is missing or not a folder (check DATA_DIR or --data)`,
    );
  });

  it("a METRICS_PORT another program already listens on (before any file is touched)", async ({ expect }) => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as AddressInfo).port;
    // Its own folder: the other runs of this block compare snapshots of `root`.
    const folder = mkdtempSync(join(tmpdir(), "attache-e2e-port-"));
    try {
      const finished = await startBot({
        METRICS_PORT: String(port),
        DATABASE_PATH: join(folder, "attache.db"),
      });
      expect(expectOneLine(finished, expect)).toBe(
        `error: METRICS_PORT ${port} is already in use by another program`,
      );
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      taken.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("a Discord that cannot be reached: the error names the address, and the new database is not left behind", async ({
    expect,
  }) => {
    const folder = mkdtempSync(join(tmpdir(), "attache-e2e-unreachable-"));
    try {
      const finished = await startBot({ DATABASE_PATH: join(folder, "attache.db") });
      expect(finished.code).toBe(1);
      expect(finished.stderr).not.toMatch(/^\s+at /m);
      const errors = finished.stderr
        .split("\n")
        .filter((line) => line.includes('"level":"error"'))
        .map((line) => JSON.parse(line).msg);
      expect(errors).toEqual([
        `could not connect: cannot reach ${NOWHERE}; check the network or DISCORD_API_URL`,
      ]);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("a METRICS_PORT that is not a port", async ({ expect }) => {
    const [word, high] = await Promise.all([
      startBot({ METRICS_PORT: "http" }),
      startBot({ METRICS_PORT: "70000" }),
    ]);
    expect(word.stderr).toContain("config: METRICS_PORT must be a whole number from 1 to 65535\n");
    expect(high.stderr).toContain("config: METRICS_PORT must be at most 65535\n");
    expect([word.code, high.code]).toEqual([1, 1]);
  });
});

// One at a time: two of these read the same read-only database and compare the folder before and
// after, and SQLite's reader files of one would show up in the other's snapshot.
describe("A mistake on the command line (npm run facts, npm run ask) is one line, a non-zero exit, and no write", {
  timeout: RUN_TIMEOUT_MS,
}, () => {
  it("import into a read-only database", async ({ expect }) => {
    const before = snapshot(root);
    const finished = await facts(["import", exportFile, "--guild", GUILD, "--db", readOnlyDb], {
      unprivileged: true,
    });
    expect(expectOneLine(finished, expect)).toBe(
      `error: database ${readOnlyDb}: the file is read-only for this user; the bot must be able to write to it`,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it("(not a mistake) a read-only database can still be exported and its history read, leaving nothing behind", async ({
    expect,
  }) => {
    const before = snapshot(root);
    const [exported, history] = await Promise.all([
      facts(["export", "--guild", GUILD, "--db", readOnlyDb], { unprivileged: true }),
      facts(["history", "azerbaijan-chairs-cica", "--guild", GUILD, "--db", readOnlyDb], {
        unprivileged: true,
      }),
    ]);
    expect([exported.code, history.code], `${exported.stderr}${history.stderr}`).toEqual([0, 0]);
    expect(JSON.parse(exported.stdout)).toMatchObject({ format: "attache-overlay", guild: GUILD, facts: [] });
    expect(history.stdout).toMatch(/^azerbaijan-chairs-cica in guild \d+: revision 1, active/);
    expect(snapshot(root)).toEqual(before);
  });

  it("a --guild that no server can have, or an empty one", async ({ expect }) => {
    const db = join(root, "guild-typo.db");
    const [word, empty] = await Promise.all([
      facts(["import", exportFile, "--guild", "notanid", "--db", db]),
      facts(["import", exportFile, "--guild", "", "--db", db]),
    ]);
    expect(expectOneLine(word, expect)).toBe(
      'error: --guild takes a server id (17 to 20 digits), not "notanid"',
    );
    expect(expectOneLine(empty, expect)).toBe('error: --guild takes a server id (17 to 20 digits), not ""');
    expect(readdirSync(root)).not.toContain("guild-typo.db");
  });

  it("an empty --db (it must not fall back to the default database)", async ({ expect }) => {
    const finished = await facts(["import", exportFile, "--guild", GUILD, "--db", ""]);
    expect(expectOneLine(finished, expect)).toBe("error: --db needs a database file, not an empty value");
  });

  it("a --data folder that does not exist, for npm run facts and npm run ask", async ({ expect }) => {
    const missing = join(root, "no-data");
    const [importing, asking, empty] = await Promise.all([
      facts(["import", exportFile, "--data", missing]),
      run("src/cli/ask.ts", ["--data", missing, "Who chairs CICA?"], {}),
      run("src/cli/ask.ts", ["--data", "", "Who chairs CICA?"], {}),
    ]);
    const line = `error: the data folder ${missing} is missing or not a folder (check DATA_DIR or --data)`;
    expect(expectOneLine(importing, expect)).toBe(line);
    expect(expectOneLine(asking, expect)).toBe(line);
    expect(expectOneLine(empty, expect)).toBe("error: --data needs a data folder, not an empty value");
  });

  it("a --db in a folder that does not exist", async ({ expect }) => {
    const path = join(root, "typo", "x.db");
    const finished = await facts(["import", exportFile, "--guild", GUILD, "--db", path]);
    expect(expectOneLine(finished, expect)).toBe(
      `error: database ${path}: the folder ${join(root, "typo")} does not exist; create it, or correct the path (DATABASE_PATH or --db)`,
    );
    expect(readdirSync(root)).not.toContain("typo");
  });
});
