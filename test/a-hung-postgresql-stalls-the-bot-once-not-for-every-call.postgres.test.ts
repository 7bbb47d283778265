/**
 * The storage interface is synchronous (as better-sqlite3 is), so a PostgreSQL call holds the bot's
 * event loop until its answer comes. When the server stopped answering (it accepts connections but
 * never replies: a process stopped, a network dropping packets), every call waited for the whole
 * timeout again (each connecting anew and waiting for that too), so the bot answered no server's
 * questions for as long as the outage lasted. Now only the call that finds the server hung waits
 * (the timeout plus half a second); a new connection is made in the background, and until it is up
 * each call fails at once with the same one line; once the server answers, changes are saved again.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { databaseTroubleMessage } from "../src/discord/errors.ts";
import { openDatabase } from "../src/storage/index.ts";
import type { PostgresStore } from "../src/storage/postgres.ts";
import { FactService } from "../src/storage/service.ts";
import { alice, baseEngine, freshDatabase, MEMORANDUM, tempDirs } from "./fixtures/storage/support.ts";

const GUILD = "123456789012345678";
const TIMEOUT_MS = 1000;
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

function timed(call: () => unknown): { ms: number; failure: unknown } {
  const started = performance.now();
  let failure: unknown;
  try {
    call();
  } catch (error) {
    failure = error;
  }
  return { ms: performance.now() - started, failure };
}

describe("PostgreSQL that stops answering", { timeout: 60_000 }, () => {
  it("holds the event loop for one call's timeout, then each call fails at once until it answers again", async () => {
    const opened = openDatabase(freshDatabase(dirs.make()), { busyTimeoutMs: TIMEOUT_MS });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.store as PostgresStore;
    const service = new FactService(baseEngine(), store);
    const backend = Number(store.pg.get<{ pid: number }>("SELECT pg_backend_pid() AS pid")?.pid);
    const postmaster = Number(readFileSync(`/proc/${backend}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
    process.kill(postmaster, "SIGSTOP");
    process.kill(backend, "SIGSTOP");
    const calls: { ms: number; failure: unknown }[] = [];
    try {
      calls.push(timed(() => service.addFact(GUILD, alice, MEMORANDUM)));
      for (let i = 0; i < 6; i++) {
        calls.push(timed(() => store.writable() || store.pg.get("SELECT 1 AS one")));
        calls.push(timed(() => service.addFact(GUILD, alice, MEMORANDUM)));
      }
    } finally {
      process.kill(backend, "SIGCONT");
      process.kill(postmaster, "SIGCONT");
    }
    const [first, ...rest] = calls;
    // Thirteen calls in all: the first found it hung; together the others held the loop briefly.
    const others = rest.reduce((sum, call) => sum + call.ms, 0);
    expect(others).toBeLessThan(600);
    expect(first?.ms).toBeLessThan(TIMEOUT_MS + 800);
    expect(databaseTroubleMessage(first?.failure)).toMatch(/^The database did not answer/);
    for (const call of rest.filter((c) => c.failure !== undefined))
      expect(databaseTroubleMessage(call.failure)).toMatch(/^The database did not answer/);
    // Once it answers, the change is saved (within a moment: connecting again takes milliseconds).
    let saved = false;
    for (let tries = 0; tries < 40 && !saved; tries++) {
      try {
        saved = service.addFact(GUILD, alice, MEMORANDUM).ok;
      } catch {
        await new Promise((wait) => setTimeout(wait, 100));
      }
    }
    expect(saved).toBe(true);
    expect(service.listFacts(GUILD, { filter: "changed", pageSize: 100 }).items).toHaveLength(1);
    expect(store.writable()).toBe(true);
    store.close();
  });
});
