import { createRequire } from "node:module";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { z } from "zod";
import { COMMIT_UNKNOWN, isConnectionLoss } from "./contention.ts";
import type { SqlConnection, SqlRow, SqlValue } from "./sql.ts";
import { StorageError } from "./storage-error.ts";

/**
 * A PostgreSQL connection (node-postgres) behind the same synchronous SqlConnection as SQLite.
 *
 * node-postgres is asynchronous; the stores, the services and the moderation handlers are written
 * against synchronous storage (better-sqlite3). So the connection lives in a worker thread, and
 * each call posts its query there and waits (Atomics.wait) for the answer, as a better-sqlite3 call
 * waits for the disk. A call to a server on the same network takes well under a millisecond.
 *
 * Waiting blocks the event loop, so the wait is bounded twice over. Every call has a deadline (the
 * timeout plus half a second). And once a call went unanswered (a server stopped, a network that
 * drops packets), the connection is made again in the background: a new connection is waited for
 * at most RECONNECT_WAIT_MS after it was started, and until it is up every call fails at once, so a
 * server that hangs stalls the bot once per outage (the timeout), not for every call.
 */

const Reply = z.union([
  z.object({
    ok: z.literal(true),
    rows: z.array(z.record(z.string(), z.unknown())),
    rowCount: z.number(),
    /** The connection had been lost and this call made a new one. */
    reconnected: z.boolean().optional(),
  }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);
type Reply = z.infer<typeof Reply>;

/** The worker: one pg.Client; answers each request on the port, then wakes the waiting thread. */
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const pg = require(workerData.pgPath);
// Counts, sums and sequence numbers (bigint, numeric) as numbers, as SQLite gives them.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
const signal = new Int32Array(workerData.signal);
const port = workerData.port;
let client;
let timeoutMs = 10000;
// Set when the connection was lost (the server restarted, an administrator ended it): the next
// call that may (outside a transaction) connects again first.
let broken = false;
function reply(message) {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
async function open() {
  const next = new pg.Client({
    connectionString: workerData.url,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    application_name: "attache",
  });
  // A lost connection fails the next query; it must not crash the process.
  next.on("error", () => {
    if (client === next) broken = true;
  });
  try {
    await next.connect();
  } catch (error) {
    // "timeout expired", "Connection terminated": pg gives no code when nothing answered.
    if (error && !error.code) error.code = "unreachable";
    throw error;
  }
  const old = client;
  client = next;
  broken = false;
  if (old) old.end().catch(() => {});
}
function lostConnection(error) {
  const code = String((error && error.code) || "");
  return !code || code.startsWith("57P0") || code.startsWith("08") || /terminated|not queryable|ECONNRESET|EPIPE/.test(String(error && error.message));
}
async function run(request) {
  return request.params ? client.query(request.sql, request.params) : client.query(request.sql);
}
port.on("message", async (request) => {
  try {
    if (request.op === "connect") {
      timeoutMs = request.timeoutMs;
      await open();
      reply({ ok: true, rows: [], rowCount: 0 });
    } else if (request.op === "close") {
      if (client) await client.end().catch(() => {});
      client = undefined;
      reply({ ok: true, rows: [], rowCount: 0 });
    } else {
      if (!client) throw Object.assign(new Error("the connection is closed"), { code: "closed" });
      let reconnected = false;
      if (broken && request.mayReconnect) {
        await open();
        reconnected = true;
      }
      let result;
      try {
        result = await run(request);
      } catch (error) {
        if (!lostConnection(error)) throw error;
        broken = true;
        // Only a statement that changes nothing by itself is sent again on a new connection.
        if (!request.mayReconnect || reconnected || !/^\\s*(BEGIN|SELECT)\\b/i.test(request.sql)) throw error;
        await open();
        reconnected = true;
        result = await run(request);
      }
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      reply({ ok: true, rows: (last && last.rows) || [], rowCount: (last && last.rowCount) || 0, reconnected });
    }
  } catch (error) {
    reply({ ok: false, code: String((error && error.code) || ""), message: String((error && error.message) || error) });
  }
});
`;

/** A failure reported by the server or the connection, with PostgreSQL's code (e.g. "23505"). */
export class PostgresError extends StorageError {
  override name = "PostgresError";
}

/** The code of a call made after the connection's thread was ended, inside a transaction. */
const CONNECTION_LOST = "connection-lost";

/**
 * How long a call waits for PostgreSQL (a lock held by another process's write, a connection, an
 * answer): as long as SQLite waits for its write lock. Each wait holds the event loop, so it is short.
 */
export const POSTGRES_TIMEOUT_MS = 5_000;

/** How much longer than the timeout a call waits for the worker's answer (the answer's own trip). */
const ANSWER_MARGIN_MS = 500;

/**
 * How long after starting to connect again a call waits for it: a server that answers connects
 * within milliseconds; meanwhile, and after it, a call fails at once until the connection is up.
 */
export const RECONNECT_WAIT_MS = 250;

/** A worker thread with its pg.Client, the port to it, and the flag it raises when it answers. */
interface Link {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

/** The advisory lock that serialises writers, like SQLite's one write lock. */
const WRITE_LOCK = 0x41_74_74_61; // "Atta"

export class PostgresConnection implements SqlConnection {
  readonly dialect = "postgres";
  /** The thread holding the pg.Client; undefined after a call went unanswered, until the next. */
  private link: Link | undefined;
  /** A thread connecting in the background after the last one went unanswered, and since when. */
  private reconnecting: { link: Link; since: number } | undefined;
  private readonly texts = new Map<string, string>();
  private depth = 0;
  private closed = false;
  /**
   * Told when a lost connection was replaced by a new one (the server restarted, or an
   * administrator ended the session). Only between transactions: one in progress fails instead.
   */
  onReconnect: (() => void) | undefined;

  private constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {
    this.link = this.start();
  }

  private start(): Link {
    const { port1, port2 } = new MessageChannel();
    const pgPath = createRequire(import.meta.url).resolve("pg");
    // A flag of its own: a thread ended late can never wake the wait of its successor's call.
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { url: this.url, pgPath, signal: signal.buffer, port: port2 },
      transferList: [port2],
    });
    // The connection never keeps the process alive on its own.
    worker.unref();
    return { worker, port: port1, signal };
  }

  private static end(link: Link): void {
    void link.worker.terminate();
    link.port.close();
  }

  /** Connects to `url`; the server's own message when it cannot. */
  static connect(
    url: string,
    timeoutMs = POSTGRES_TIMEOUT_MS,
  ): { ok: true; connection: PostgresConnection } | { ok: false; code: string; message: string } {
    const connection = new PostgresConnection(url, timeoutMs);
    const reply = connection.call({ op: "connect", timeoutMs });
    if (!reply.ok) {
      connection.close();
      return { ok: false, code: reply.code, message: reply.message };
    }
    return { ok: true, connection };
  }

  get open(): boolean {
    return !this.closed;
  }

  all<R extends object = SqlRow>(sql: string, params: readonly SqlValue[] = []): R[] {
    return this.query(sql, params).rows as R[];
  }

  get<R extends object = SqlRow>(sql: string, params: readonly SqlValue[] = []): R | undefined {
    return this.query(sql, params).rows[0] as R | undefined;
  }

  run(sql: string, params: readonly SqlValue[] = []): number {
    return this.query(sql, params).rowCount;
  }

  exec(sql: string): void {
    this.query(sql);
  }

  transaction<T>(fn: () => T): T {
    return this.within(fn, true, false);
  }

  /** `synchronous_commit = off`: committed without waiting for the server's disk. */
  lightTransaction<T>(fn: () => T): T {
    return this.within(fn, false, true);
  }

  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: "close" });
    } catch {
      // The worker is ended below either way.
    }
    this.closed = true;
    if (this.link) PostgresConnection.end(this.link);
    this.link = undefined;
    if (this.reconnecting) PostgresConnection.end(this.reconnecting.link);
    this.reconnecting = undefined;
  }

  private within<T>(fn: () => T, lock: boolean, light: boolean): T {
    if (this.depth > 0) {
      const name = `s${this.depth}`;
      this.query(`SAVEPOINT ${name}`);
      this.depth++;
      try {
        const result = fn();
        this.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        this.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      } finally {
        this.depth--;
      }
    }
    this.query("BEGIN");
    this.depth++;
    try {
      if (lock) this.query("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK]);
      if (light) this.query("SET LOCAL synchronous_commit = off");
      const result = fn();
      try {
        this.query("COMMIT");
      } catch (error) {
        // The answer to COMMIT never came: the server may have committed before the connection went.
        if (error instanceof PostgresError && isConnectionLoss(error)) {
          throw new PostgresError(error.message, COMMIT_UNKNOWN, { cause: error });
        }
        throw error;
      }
      return result;
    } catch (error) {
      try {
        this.query("ROLLBACK");
      } catch {
        // The connection is gone: the server has rolled back already.
      }
      throw error;
    } finally {
      this.depth--;
    }
  }

  private query(sql: string, params?: readonly SqlValue[]): { rows: SqlRow[]; rowCount: number } {
    const mayReconnect = this.depth === 0;
    const reply =
      params === undefined
        ? this.call({ op: "query", sql, mayReconnect })
        : this.call({ op: "query", sql: this.numbered(sql), params: [...params], mayReconnect });
    if (!reply.ok) throw new PostgresError(reply.message, reply.code);
    if (reply.reconnected) this.onReconnect?.();
    return reply;
  }

  /** `?` placeholders as PostgreSQL's `$1, $2, …` (outside quoted text). */
  private numbered(sql: string): string {
    let text = this.texts.get(sql);
    if (text === undefined) {
      let n = 0;
      let quoted = false;
      text = "";
      for (const char of sql) {
        if (char === "'") quoted = !quoted;
        text += char === "?" && !quoted ? `$${++n}` : char;
      }
      this.texts.set(sql, text);
    }
    return text;
  }

  private call(request: Record<string, unknown>): Reply {
    if (this.closed) return { ok: false, code: "closed", message: "the connection is closed" };
    if (!this.link) {
      // The last call went unanswered and its thread was ended: outside a transaction, connect anew.
      if (request.op !== "query" || !request.mayReconnect) {
        return { ok: false, code: CONNECTION_LOST, message: "the connection to the database was lost" };
      }
      const connected = this.reconnected();
      if (!connected.ok) return connected;
      const reply = this.send(request);
      return reply.ok ? { ...reply, reconnected: true } : reply;
    }
    return this.send(request);
  }

  /** Starts connecting again in a new thread, without waiting for it. */
  private reconnect(): void {
    if (this.closed || this.reconnecting) return;
    const link = this.start();
    Atomics.store(link.signal, 0, 0);
    link.port.postMessage({ op: "connect", timeoutMs: this.timeoutMs });
    this.reconnecting = { link, since: Date.now() };
  }

  /**
   * The connection made again in the background, waiting for it at most RECONNECT_WAIT_MS: the
   * live link when it is up, else why not (a server that still hangs: at once, not after the timeout).
   */
  private reconnected(): Reply {
    this.reconnect();
    const pending = this.reconnecting;
    if (!pending) return { ok: false, code: "closed", message: "the connection is closed" };
    // Only a connection just started is waited for; one already late is looked at without waiting.
    const left = Math.max(0, pending.since + RECONNECT_WAIT_MS - Date.now());
    const waited = Atomics.wait(pending.link.signal, 0, 0, left);
    if (waited === "timed-out") {
      // The thread's own connect timeout answers first; past it the thread is stuck: start over.
      if (Date.now() - pending.since > this.timeoutMs + ANSWER_MARGIN_MS) {
        this.reconnecting = undefined;
        PostgresConnection.end(pending.link);
      }
      return {
        ok: false,
        code: "timeout",
        message: "the database is not answering (connecting again in the background)",
      };
    }
    this.reconnecting = undefined;
    const reply = Reply.parse(receiveMessageOnPort(pending.link.port)?.message);
    if (reply.ok) this.link = pending.link;
    // Still unreachable: that thread has no connection; the next call starts another.
    else PostgresConnection.end(pending.link);
    return reply;
  }

  private send(request: Record<string, unknown>): Reply {
    const link = this.link;
    if (!link)
      return { ok: false, code: CONNECTION_LOST, message: "the connection to the database was lost" };
    Atomics.store(link.signal, 0, 0);
    link.port.postMessage(request);
    const waited = Atomics.wait(link.signal, 0, 0, this.timeoutMs + ANSWER_MARGIN_MS);
    if (waited === "timed-out") {
      // A late answer must not be taken for the next call's: this thread and its connection are
      // done. A new one is made in the background meanwhile, which the next call outside a
      // transaction takes up once it is connected.
      this.link = undefined;
      PostgresConnection.end(link);
      if (request.op === "query") this.reconnect();
      return { ok: false, code: "timeout", message: `no answer within ${this.timeoutMs / 1000} s` };
    }
    const received = receiveMessageOnPort(link.port);
    return Reply.parse(received?.message);
  }
}
