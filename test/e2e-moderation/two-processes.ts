/**
 * Two bot processes on one database (two hosts, or two shards): each connected to a Discord of
 * its own that has the same servers. An edit made in one, through Discord or the command line, is
 * answered by the other within a second. Run on SQLite (two-processes.test.ts: the processes look
 * for changes twice a second) and on PostgreSQL (two-processes.postgres.test.ts: LISTEN/NOTIFY).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guildIdOnShard } from "../discord-server/index.ts";
import {
  answeredWithin,
  ask,
  botEnv,
  command,
  FOUNDED_FACT,
  FOUNDED_QUESTION,
  factsCli,
  SESSION_HOOK_TIMEOUT_MS,
  type Session,
  startSession,
  submit,
} from "./support.ts";

/** The same two servers in both Discords, as one real server is seen by every shard and host. */
const GUILD_IDS = { guild: guildIdOnShard(0, 1, Date.now() - 86_400_000), otherGuild: guildIdOnShard(0, 1) };

export interface TwoProcessesHandle {
  /** The process where the edits are made. */
  first(): Session;
  /** The process that must answer them. */
  second(): Session;
  /** What `npm run facts` needs to reach the same database. */
  cliEnv(): NodeJS.ProcessEnv;
}

/**
 * Starts both processes before the file's specs and checks the promise: an edit in one is answered
 * by the other within `withinMs`. `database` is a SQLite path or a postgres:// address.
 */
export function twoProcessesOnOneDatabase(database: () => string, withinMs = 1_000): TwoProcessesHandle {
  let first: Session | undefined;
  let second: Session | undefined;
  let dir = "";
  let location = "";
  const options = () =>
    location.startsWith("postgres")
      ? { databaseUrl: location, discord: { guildIds: GUILD_IDS } }
      : { databasePath: location, discord: { guildIds: GUILD_IDS } };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "attache-two-"));
    location = database();
    [first, second] = await Promise.all([startSession(options()), startSession(options())]);
  }, SESSION_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });
  const handle: TwoProcessesHandle = {
    first: () => first ?? fail(),
    second: () => second ?? fail(),
    cliEnv: () =>
      botEnv(location.startsWith("postgres") ? { DATABASE_URL: location } : { DATABASE_PATH: location }),
  };

  describe("two bot processes on one database", () => {
    it(`a moderator's edit through Discord in one is answered by the other within ${withinMs} ms`, async () => {
      const [a, b] = [handle.first(), handle.second()];
      expect((await ask(b, FOUNDED_QUESTION)).answered).toBe(false);
      const reply = await submit(a, "atm1:fa", FOUNDED_FACT);
      expect(JSON.stringify(reply.data)).toContain("Added");
      const took = await answeredWithin(b, FOUNDED_QUESTION, {}, withinMs);
      expect(took, `the other process did not answer within ${withinMs} ms`).toBeDefined();
      // Only in that server, in both processes.
      expect((await ask(b, FOUNDED_QUESTION, { guild: b.discord.otherGuild })).answered).toBe(false);
    }, 30_000);

    it(`an import from the command line is answered by both within ${withinMs} ms`, async () => {
      const [a, b] = [handle.first(), handle.second()];
      const exported = await command(a, "fact", "export");
      const file = join(dir, "overlay.json");
      writeFileSync(file, exported.callback.files[0]?.text ?? "");
      const imported = await factsCli(handle.cliEnv(), ["import", file, "--guild", GUILD_IDS.otherGuild]);
      expect(imported.code, imported.output).toBe(0);
      const where = { guild: a.discord.otherGuild };
      const [inFirst, inSecond] = await Promise.all([
        answeredWithin(a, FOUNDED_QUESTION, where, withinMs),
        answeredWithin(b, FOUNDED_QUESTION, { guild: b.discord.otherGuild }, withinMs),
      ]);
      expect(inFirst, `not answered in the first process within ${withinMs} ms`).toBeDefined();
      expect(inSecond, `not answered in the second process within ${withinMs} ms`).toBeDefined();
    }, 30_000);
  });
  return handle;
}

function fail(): never {
  throw new Error("the bot processes did not start");
}
