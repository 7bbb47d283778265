import { afterAll, describe, expect, inject, it } from "vitest";
import { PostgresConnection } from "../../src/storage/pg-connection.ts";
import { freshDatabase, tempDirs } from "../fixtures/storage/support.ts";
import { answeredWithin, ask, submit } from "./support.ts";
import { twoProcessesOnOneDatabase } from "./two-processes.ts";

/** PostgreSQL: each commit is announced (NOTIFY) to the processes that LISTEN. */
const dirs = tempDirs();
afterAll(() => dirs.cleanup());
let url = "";
const both = twoProcessesOnOneDatabase(() => {
  url = freshDatabase(dirs.make());
  return url;
});

/** A query as the test server's administrator. */
function asAdmin<T extends object>(sql: string, params: string[]): T[] {
  const admin = PostgresConnection.connect(inject("postgresAdminUrl"));
  if (!admin.ok) throw new Error(admin.message);
  try {
    return admin.connection.all<T>(sql, params);
  } finally {
    admin.connection.close();
  }
}

/** Ends every session of the bots on their database, as an administrator (or a failover) would. */
const terminateBackends = (database: string) =>
  asAdmin(
    "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()",
    [database],
  ).length;

/** Sessions on the database that have run LISTEN (the bots' change listeners). */
const listening = (database: string) =>
  asAdmin(
    "SELECT pid FROM pg_stat_activity WHERE datname = ? AND application_name = 'attache-listen' AND query LIKE 'LISTEN%'",
    [database],
  ).length;

const LOST = '"msg":"lost the connection to PostgreSQL; reconnecting"';
const EDIT = {
  statement: "CICA has 28 member states, from Azerbaijan to Viet Nam.",
  entities: "CICA, Azerbaijan",
  source: "Example Times | 2024-05-03 | https://example.org/cica-members",
  quote: "CICA now counts 28 member states",
  reason: "asked in #general",
};

describe("when PostgreSQL ends the bots' connections", () => {
  it("each bot says so in one line, connects again (LISTEN too) and keeps answering; an edit still reaches the other within a second", async () => {
    const [a, b] = [both.first(), both.second()];
    const database = new URL(url).pathname.slice(1);
    expect(listening(database)).toBe(2);
    const ended = terminateBackends(database);
    // Each bot has a connection for queries and one that listens.
    expect(ended).toBeGreaterThanOrEqual(4);

    // Answering needs the database (this server's overlay): it reconnects on the way.
    expect((await ask(a, "Who chairs CICA?")).answered).toBe(true);
    expect((await ask(b, "Who chairs CICA?")).answered).toBe(true);
    await a.bot.waitForLine((line) => line.includes(LOST), "the lost-connection line", 5_000);
    // Both listeners are back: LISTEN run again on new connections.
    const deadline = Date.now() + 10_000;
    while (listening(database) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(listening(database)).toBe(2);

    const reply = await submit(a, "atm1:fa", EDIT);
    expect(JSON.stringify(reply.data)).toContain("Added");
    const took = await answeredWithin(b, "How many member states does CICA have?", {}, 1_000);
    expect(
      took,
      "the edit did not reach the other process within a second after the reconnect",
    ).toBeDefined();

    for (const bot of [a.bot, b.bot]) {
      expect(bot.lines.filter((line) => line.includes(LOST))).toHaveLength(1);
      expect(bot.lines.filter((line) => /"level":"error"/.test(line))).toEqual([]);
    }
  }, 40_000);
});
