/**
 * DATABASE_URL end to end: the real bot process keeps the servers' edits in PostgreSQL (a real
 * server on 127.0.0.1, started for the "postgres" vitest project), not in a SQLite file.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAt, tempDirs } from "../fixtures/storage/support.ts";
import {
  ask,
  botEnv,
  command,
  EPHEMERAL,
  embeds,
  FOUNDED_FACT_ID as FACT_ID,
  factsCli,
  FOUNDED_FACT as NEW_FACT,
  FOUNDED_QUESTION as QUESTION,
  type Session,
  sessionPerFile,
  spawnBot,
  submit,
} from "./support.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const session = sessionPerFile({ onFreshPostgres: true });
let s: Session;
let url: string;
beforeAll(() => {
  s = session();
  url = s.databaseUrl ?? "";
});

/** What the PostgreSQL database holds for a fact in a server: its revisions, as (number, action). */
function storedRevisions(guildId: string, factId: string): [number, string][] {
  const store = openAt(url);
  try {
    return store.overlays.revisions(guildId, "fact", factId).map((r) => [r.revision, r.action]);
  } finally {
    store.close();
  }
}

/** `npm run facts -- ARGS` with DATABASE_URL set (and no --db): its exit code and output. */
const cli = (args: string[]) => factsCli(botEnv({ DATABASE_URL: url }), args);

describe("with DATABASE_URL, a moderator's edit is stored in PostgreSQL", () => {
  it("is saved there, answered in that server only, and no SQLite file is created", async () => {
    expect((await ask(s, QUESTION)).answered).toBe(false);
    const reply = await submit(s, "atm1:fa", NEW_FACT);
    // On PostgreSQL a form is acknowledged first (its write may wait for a lock): the reply is the
    // edit of that ephemeral acknowledgement.
    expect(reply.type).toBe(5);
    expect((reply.handle.originalMessage()?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embeds(reply.data)[0]?.title).toBe(`Added ${FACT_ID}`);

    const here = await ask(s, QUESTION, { user: s.discord.users.member });
    expect(here.answered).toBe(true);
    expect(here.text).toContain("founded in 1992");
    expect((await ask(s, QUESTION, { guild: s.discord.otherGuild })).answered).toBe(false);
    expect((await ask(s, QUESTION, { guild: null, user: s.discord.users.outsider })).answered).toBe(false);

    expect(storedRevisions(s.discord.guild.id, FACT_ID)).toEqual([[1, "add"]]);
    // DATABASE_PATH points into this folder: with DATABASE_URL set, nothing is written there.
    expect(readdirSync(dirname(s.dbPath))).toEqual([]);
  });

  it("an import from the command line, into the same database, reaches the running bot within a second", async () => {
    const exported = await command(s, "fact", "export");
    const folder = dirs.make();
    const file = join(folder, "overlay.json");
    writeFileSync(file, exported.callback.files[0]?.text ?? "");
    const other = { guild: s.discord.otherGuild };
    const { code, output } = await cli(["import", file, "--guild", s.discord.otherGuild.id]);
    expect(code, output).toBe(0);
    expect(output).toBe(`imported into guild ${s.discord.otherGuild.id}: 1 fact, 1 source\n`);

    // Another process's commit is heard at once (LISTEN/NOTIFY), not at the next 5-second check.
    const deadline = Date.now() + 1_000;
    let answer = await ask(s, QUESTION, other);
    while (!answer.answered && Date.now() < deadline) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 250));
      answer = await ask(s, QUESTION, other);
    }
    expect(answer.answered, `not answered ${Date.now() - deadline + 1000} ms after the import`).toBe(true);
  }, 30_000);

  it("history and export on the command line read it from the same database", async () => {
    const guild = s.discord.guild.id;
    const history = await cli(["history", FACT_ID, "--guild", guild]);
    expect(history.code, history.output).toBe(0);
    expect(history.output).toMatch(/r1 {2}add .* by alice/);
    expect(history.output).toContain("reason: asked in #general");
    const exported = await cli(["export", "--guild", guild]);
    expect(exported.code, exported.output).toBe(0);
    const overlay = JSON.parse(exported.output) as { facts: { id: string }[] };
    expect(overlay.facts.map((f) => f.id)).toEqual([FACT_ID]);
  }, 30_000);

  it("survives a restart of the bot", async () => {
    await s.restart();
    expect((await ask(s, QUESTION)).text).toContain("founded in 1992");
    expect((await ask(s, QUESTION, { guild: s.discord.otherGuild })).answered).toBe(true);
    expect((await ask(s, QUESTION, { guild: null, user: s.discord.users.outsider })).answered).toBe(false);
    expect(readdirSync(dirname(s.dbPath))).toEqual([]);
  });
});

describe("a DATABASE_URL that cannot be used stops the bot with one line", () => {
  const start = async (databaseUrl: string) => {
    const folder = mkdtempSync(join(tmpdir(), "attache-pg-refused-"));
    try {
      const bot = spawnBot(
        botEnv({
          DISCORD_API_URL: s.discord.apiUrl,
          DISCORD_TOKEN: s.discord.token,
          DATABASE_PATH: join(folder, "attache.db"),
          DATABASE_URL: databaseUrl,
        }),
      );
      const code = await bot.exited;
      return { code, lines: bot.lines, files: readdirSync(folder) };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };

  it("an unreachable server: the address without its password, no stack trace, no file", async () => {
    const result = await start("postgres://attache:s3cret-pw@127.0.0.1:1/attache");
    expect(result.code).toBe(1);
    expect(result.lines.filter((line) => line.trim() !== "")).toEqual([
      "error: database postgres://attache@127.0.0.1:1/attache: cannot connect: nothing answers at that address (is the server running?)",
    ]);
    expect(result.files).toEqual([]);
  }, 30_000);

  it("an address that is not PostgreSQL's: the variable named, its value never printed", async () => {
    const result = await start("mysql://attache:s3cret-pw@127.0.0.1/attache");
    expect(result.code).toBe(1);
    expect(result.lines.join("\n")).toContain(
      "config: DATABASE_URL must be a PostgreSQL address: postgres://user:password@host:5432/database",
    );
    expect(result.lines.join("\n")).not.toContain("s3cret-pw");
  }, 30_000);
});
