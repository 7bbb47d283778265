/**
 * A SQLite database the user running `npm run facts` may not read (the bot's file, owned by its
 * service user, `chmod 600`) was `cannot read the file (EACCES: permission denied, open '…')`,
 * Node's words; and one inside a folder this user may not enter was reported as `does not exist`,
 * sending the operator to look for a file that is there. Each is now one line saying permission
 * was denied and what to do.
 */
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../src/storage/database.ts";
import { runFacts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";
import { unreadablePaths } from "./support/unreadable-paths.ts";

const GUILD = "123456789012345678";
const paths = unreadablePaths("unreadable-db");
const facts = (args: string[]) => runFacts(args, { unprivileged: true });
const EMPTY = join(paths.root, "empty.json");
writeFileSync(
  EMPTY,
  JSON.stringify({
    format: "attache-overlay",
    version: 1,
    sources: [],
    entities: [],
    events: [],
    facts: [],
    aliases: [],
    removedFacts: [],
  }),
);
chmodSync(EMPTY, 0o644);

function database(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "attache.db");
  const opened = openStore(file);
  if (!opened.ok) throw new Error(opened.error.message);
  opened.store.close();
  return file;
}

describe("a database the user may not read", { timeout: TIMEOUT_MS }, () => {
  it("is one line saying permission was denied and what to do, never 'does not exist'", async () => {
    const locked = paths.close(database(join(paths.root, "open")));
    const hidden = database(join(paths.root, "closed"));
    paths.close(join(paths.root, "closed"));
    for (const command of [
      ["export", "--guild", GUILD],
      ["history", "some-fact", "--guild", GUILD],
      ["import", EMPTY, "--guild", GUILD],
    ]) {
      const read = await facts([...command, "--db", locked]);
      expect({ command, code: read.code, stderr: read.stderr }).toEqual({
        command,
        code: 1,
        stderr: `error: database ${locked}: cannot read the file (permission denied): fix its permissions, or run this as the user that owns it\n`,
      });
    }
    for (const command of [
      ["export", "--guild", GUILD],
      ["history", "some-fact", "--guild", GUILD],
    ]) {
      const read = await facts([...command, "--db", hidden]);
      expect({ command, code: read.code, stderr: read.stderr }).toEqual({
        command,
        code: 1,
        stderr: `error: database ${hidden}: its folder cannot be entered by this user (permission denied); fix the folder's permissions, or run this as the user that owns it\n`,
      });
    }
  });
});
