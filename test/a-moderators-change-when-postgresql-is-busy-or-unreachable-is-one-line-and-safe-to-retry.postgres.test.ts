/**
 * On PostgreSQL, a moderator's change that waits on another writer's lock (another process saving
 * to the same database) gives up after the statement timeout and is told that nothing was saved and
 * that doing it again is safe. When the connection is lost in the middle of the change (a restart,
 * a failover, an administrator ending it) or the server stops answering, the moderator got
 * "Something went wrong (ref …)", which says neither what happened nor whether the change was
 * saved; and a server that stopped answering for longer than the timeout left the bot's connection
 * closed for good, so that every later change and every read of the database failed until a
 * restart. Each is now one line saying what happened, that nothing was saved and that trying again
 * is safe; the next change connects again and is saved once.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, inject, it } from "vitest";
import { databaseTroubleMessage, WRITE_CONTENDED } from "../src/discord/errors.ts";
import { openDatabase } from "../src/storage/index.ts";
import { PostgresConnection } from "../src/storage/pg-connection.ts";
import type { PostgresStore } from "../src/storage/postgres.ts";
import { FactService } from "../src/storage/service.ts";
import { alice, baseEngine, freshDatabase, MEMORANDUM, tempDirs } from "./fixtures/storage/support.ts";

const GUILD = "123456789012345678";
const TIMEOUT_MS = 1000;
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

function admin(url = inject("postgresAdminUrl")): PostgresConnection {
  const connected = PostgresConnection.connect(url);
  if (!connected.ok) throw new Error(connected.message);
  return connected.connection;
}

function opened(timeoutMs = TIMEOUT_MS) {
  const url = freshDatabase(dirs.make());
  const result = openDatabase(url, { busyTimeoutMs: timeoutMs });
  if (!result.ok) throw new Error(result.error.message);
  const store = result.store as PostgresStore;
  const service = new FactService(baseEngine(), store);
  const pid = () => Number(store.pg.get<{ pid: number }>("SELECT pg_backend_pid() AS pid")?.pid);
  return { url, store, service, pid };
}

function failureOf(write: () => unknown): unknown {
  try {
    write();
  } catch (error) {
    return error;
  }
  throw new Error("the write did not fail");
}

/**
 * A thread that ends the session `pid` as soon as it waits for a lock: `ready` once it watches,
 * `ended` whether it did.
 */
function endWhenWaiting(adminUrl: string, pid: number): { ready: Promise<void>; ended: Promise<boolean> } {
  const worker = new Worker(
    `const { workerData, parentPort } = require("node:worker_threads");
    const pg = require(workerData.pgPath);
    (async () => {
      const client = new pg.Client({ connectionString: workerData.url });
      await client.connect();
      parentPort.postMessage("ready");
      for (let tries = 0; tries < 400; tries++) {
        const { rows } = await client.query(
          "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'",
          [workerData.pid],
        );
        if (rows.length > 0) { await client.end(); parentPort.postMessage(true); return; }
        await new Promise((wait) => setTimeout(wait, 20));
      }
      await client.end();
      parentPort.postMessage(false);
    })().catch(() => parentPort.postMessage(false));`,
    { eval: true, workerData: { url: adminUrl, pid, pgPath: createRequire(import.meta.url).resolve("pg") } },
  );
  let ready!: () => void;
  let ended!: (done: boolean) => void;
  const result = {
    ready: new Promise<void>((resolve) => {
      ready = resolve;
    }),
    ended: new Promise<boolean>((resolve) => {
      ended = resolve;
    }),
  };
  worker.on("message", (message) => (message === "ready" ? ready() : ended(message === true)));
  worker.on("error", () => ended(false));
  return result;
}

/** Each of this server's facts once: nothing lost, nothing saved twice. */
function serverFacts(service: FactService): string[] {
  return service.listFacts(GUILD, { filter: "changed", pageSize: 100 }).items.map((view) => view.id);
}

/**
 * The change made again every 100 ms, as a moderator would, until the bot's connection is back:
 * each attempt before is told the one line.
 */
async function savedOnceItAnswers(service: FactService): Promise<boolean> {
  for (let tries = 0; tries < 40; tries++) {
    try {
      if (service.addFact(GUILD, alice, MEMORANDUM).ok) return true;
    } catch (error) {
      expect(databaseTroubleMessage(error)).toMatch(/^The database did not answer/);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  return false;
}

describe("a moderator's change on PostgreSQL", { timeout: 60_000 }, () => {
  it("waiting on another process's write lock: told nothing was saved and to do it again", () => {
    const { url, store, service } = opened();
    const other = admin(url);
    other.get("SELECT pg_advisory_lock(?) AS locked", [0x41_74_74_61]);
    const failure = failureOf(() => service.addFact(GUILD, alice, MEMORANDUM));
    other.get("SELECT pg_advisory_unlock(?) AS unlocked", [0x41_74_74_61]);
    other.close();
    expect(databaseTroubleMessage(failure)).toBe(WRITE_CONTENDED);
    expect(service.addFact(GUILD, alice, MEMORANDUM).ok).toBe(true);
    expect(serverFacts(service)).toHaveLength(1);
    store.close();
  });

  it("its connection ended halfway: one line, nothing saved, and the same change again is saved once", async () => {
    const { url, store, service, pid } = opened(10_000);
    const backend = pid();
    // Another session holds the revisions, so the change waits there; a thread of its own ends
    // the change's session meanwhile (this one waits for the database, as the bot does).
    const other = admin(url);
    other.exec("BEGIN");
    other.exec("LOCK TABLE revisions IN EXCLUSIVE MODE");
    const ender = endWhenWaiting(inject("postgresAdminUrl"), backend);
    await ender.ready;
    const failure = failureOf(() => service.addFact(GUILD, alice, MEMORANDUM));
    other.exec("ROLLBACK");
    other.close();
    expect(await ender.ended).toBe(true);
    const message = databaseTroubleMessage(failure);
    expect(message).toMatch(/^The connection to the database was lost/);
    expect(message).toMatch(/nothing was saved.*safe/i);
    expect(message?.split("\n")).toHaveLength(1);
    expect(service.addFact(GUILD, alice, MEMORANDUM).ok).toBe(true);
    expect(serverFacts(service)).toHaveLength(1);
    store.close();
  });

  it("the server stops answering: one line, and once it answers again the bot's changes are saved", async () => {
    const { store, service, pid } = opened();
    const backend = pid();
    process.kill(backend, "SIGSTOP");
    let failure: unknown;
    try {
      failure = failureOf(() => service.addFact(GUILD, alice, MEMORANDUM));
    } finally {
      process.kill(backend, "SIGCONT");
    }
    const message = databaseTroubleMessage(failure);
    expect(message).toMatch(/^The database did not answer/);
    expect(message).toMatch(/nothing was saved.*safe/i);
    // The connection is made again in the background; a change once it is up is saved, once. (On a
    // loaded machine the new connection can take longer than the bot waits for it, and the change
    // just before is then told the same one line.)
    expect(await savedOnceItAnswers(service)).toBe(true);
    expect(serverFacts(service)).toHaveLength(1);
    expect(store.writable()).toBe(true);
    store.close();
  });

  it("the whole server stops answering for a while: each change meanwhile is one line; then they are saved", async () => {
    const { store, service, pid } = opened();
    const backend = pid();
    // The server's main process too, so that connecting again does not work either.
    const postmaster = Number(readFileSync(`/proc/${backend}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
    process.kill(postmaster, "SIGSTOP");
    process.kill(backend, "SIGSTOP");
    const failures: unknown[] = [];
    try {
      failures.push(failureOf(() => service.addFact(GUILD, alice, MEMORANDUM)));
      failures.push(failureOf(() => service.addFact(GUILD, alice, MEMORANDUM)));
    } finally {
      process.kill(backend, "SIGCONT");
      process.kill(postmaster, "SIGCONT");
    }
    for (const failure of failures)
      expect(databaseTroubleMessage(failure)).toMatch(/^The database did not answer/);
    // The bot connects again in the background, so a change a moment later is saved, once.
    expect(await savedOnceItAnswers(service)).toBe(true);
    expect(serverFacts(service)).toHaveLength(1);
    store.close();
  });

  it("other failures are not dressed up as either", () => {
    expect(databaseTroubleMessage(new Error("boom"))).toBeUndefined();
  });
});
