/**
 * `npm run facts -- import` of a folder the user may not list (or one with such a folder inside)
 * printed Node's own error (`error: EACCES: permission denied, scandir '…'`), and of a file it may
 * not read, `cannot read … : EACCES: permission denied, open '…'`. Each is now one line naming what
 * cannot be read, what to do and that nothing was imported; exit code 1, nothing written.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFacts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";
import { unreadablePaths } from "./support/unreadable-paths.ts";

// World-writable, so that an import that wrongly went on could create the database as nobody.
const paths = unreadablePaths("unreadable-import", 0o777);
const facts = (args: string[]) => runFacts(args, { unprivileged: true });

const DENIED =
  "permission denied (fix its permissions, or run this as a user who may read it); nothing was imported";

describe("facts import of what cannot be read", { timeout: TIMEOUT_MS }, () => {
  it("is one line naming it and what to do; nothing is imported", async () => {
    const file = join(paths.root, "overlay.json");
    writeFileSync(file, "{}\n");
    paths.close(file);
    const closed = paths.close(paths.seedCopy("closed"));
    const open = paths.seedCopy("open");
    const locked = paths.lockedFolderIn(open);
    const db = join(paths.root, "attache.db");
    for (const [path, said] of [
      [file, `error: cannot read ${file}: ${DENIED}`],
      [closed, `error: cannot read ${closed}: ${DENIED}`],
      [open, `error: cannot read ${open}: ${locked}: ${DENIED}`],
    ] as const) {
      for (const args of [
        ["import", path],
        ["import", path, "--guild", "123456789012345678", "--db", db],
      ]) {
        const run = await facts(args);
        expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
          args,
          code: 1,
          stdout: "",
          stderr: `${said}\n`,
        });
      }
    }
    expect(existsSync(db)).toBe(false);
  });
});
