/**
 * npm run bench:e2e: the latency a Discord user sees, end to end. The fake Discord (in this
 * process) dispatches INTERACTION_CREATE for /ask over the gateway to the real bot (a child process,
 * started as production runs it), and the clock stops when the bot's POST .../callback arrives.
 * Each round: 1,000 interactions one at a time, 1,000 with 50 in flight, and 500 sent at a steady
 * 100/s whatever the replies; p50/p99/max and throughput, and CPU per interaction. Five rounds,
 * medians reported.
 *
 *   npm run bench:e2e                 the table
 *   npm run bench:e2e -- --quick      200 per mode, 3 rounds
 *   npm run bench:e2e -- --rounds N   N rounds (default 5)
 *   npm run bench:e2e -- --floor      also: the same load against the simplest discord.js bot
 *                                     (bench/floor-bot.ts, a constant reply), both bots running side
 *                                     by side and measured in turn (ABBA) in every round: the stack's
 *                                     own floor, and Attaché's CPU per interaction and p99 as ratios
 *                                     to it, per round and their median
 *   npm run bench:e2e -- --profile    also: where each bot's CPU time goes during the 50-concurrent
 *                                     runs (V8 CPU profiles), side by side with --floor (and with
 *                                     --baseline, that version's beside them: before and after)
 *   npm run bench:e2e -- --cached-only  only the seven popular questions in turn (the first
 *                                     measurements' load; not real use, see `Workload`)
 *   npm run bench:e2e -- --floor --baseline DIR   also: another version of Attaché (a checkout
 *                                     in DIR, built with `npx tsc -p tsconfig.build.json`) side
 *                                     by side in the same rounds: before/after on equal terms
 *   npm run bench:e2e -- --breakdown  also: a pass splitting the latency into the bot's own time
 *                                     (router latencyMs) and the rest
 *
 * Attaché runs as in production: compiled (`npm run build`, then `node dist/main.js`), LOG_LEVEL
 * info, /metrics served (METRICS_PORT), the cooldown off (the bench is a handful of users asking
 * far faster than any person).
 *
 * The questions are a mix, not a loop over a few cached answers (see `Workload`): half are the
 * popular ones the answer cache serves, a third are asked for the first time in their server, and
 * the rest are follow-ups ("who is he?"), which the engine always answers afresh.
 *
 * Targets: p99 <= 25 ms at 50 concurrent on the 2-core dev machine; against the floor in the same
 * run, CPU per interaction and p99 at 50 concurrent each at most 1.3 × the floor bot's (median of
 * the rounds).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type FakeDiscord, startFakeDiscord } from "../test/discord-server/index.ts";
import {
  type ChildRun,
  childEnv,
  PROJECT_ROOT,
  runNode,
  runProcess,
} from "../test/e2e/support/bot-process.ts";
import { freePort } from "../test/support/ports.ts";
import { fmt, percentile } from "./stats.ts";
import { random } from "./synthetic.ts";

/** Asked again and again (autocomplete and the suggestion buttons offer such questions): cache hits. */
const POPULAR = [
  "Who is the Secretary General of CICA?",
  "Who is Ilham Aliyev?",
  "Who did Ilham Aliyev receive?",
  "Who is Kairat Sarybay?",
  "When did Aliyev receive Sarybay?",
  "Wh0 is the secretry general of CICA?",
  // A refusal with suggestions: a different, slightly heavier path.
  "What is the capital of Peru?",
];

/** The share of popular questions and of first-time questions; the rest are follow-ups. */
const MIX = { popular: 0.5, fresh: 0.35 } as const;

const TARGET_P99_MS = 25;
/** Attaché against the do-nothing discord.js bot, same run: CPU per interaction and p99 at 50 in flight. */
const TARGET_FLOOR_RATIO = 1.3;
const CONCURRENCY = 50;
/** An open-loop arrival rate for comparison: interactions arrive on schedule, whatever the bot's pace. */
const PACED_PER_SECOND = 100;

type Target = "guild" | "other" | "dm";
type UserName = "admin" | "member" | "otherAdmin";

interface Ask {
  question: string;
  target: Target;
  user: UserName;
}

/** Who may ask where: the fake's users and the guilds they belong to. */
const ASKERS: Record<Target, readonly UserName[]> = {
  guild: ["admin", "member"],
  other: ["otherAdmin", "admin", "member"],
  dm: ["admin", "member", "otherAdmin"],
};
const TARGETS: readonly Target[] = ["guild", "other", "dm"];

/**
 * The questions, in an order fixed by a seed so both bots get the same sequence:
 * - popular (half): the few questions above, in the main server: after their first time, answers
 *   from the answer cache;
 * - first-time (a third): the labeled evaluation questions (eval/questions/, written by people who
 *   never saw the engine, many about articles this store does not hold), each text asked first in
 *   one place only (the main server, another server or a DM, in turn: none of them has edits of
 *   its own, so they share remembered answers), then in its lower-case, no-question-mark
 *   spelling: the engine answers each;
 * - follow-ups (the rest): the evaluation's follow-up wordings ("where was he ambassador?", "until
 *   when?"), asked by whoever asked last, where they asked: answered against that conversation's
 *   previous turn (from the cache only when the same follow-up came after the same answer before).
 * Short popular questions can refer back too ("Who is Ilham Aliyev?" after another question), so
 * they are follow-ups of whatever that user asked before.
 *
 * `--cached-only` asks only the popular questions, in turn, as the user and server of the first
 * measurements of issue 11 did: not real use, kept to compare with those figures.
 */
class Workload {
  private readonly next = random(17);
  private readonly fresh: string[];
  private readonly followUps: string[];
  private freshIndex = 0;
  private popularIndex = 0;
  private last: Ask = { question: "", target: "guild", user: "admin" };
  private readonly seen = new Set<string>();
  private counted = { total: 0, firstTime: 0, followUps: 0 };

  constructor(private readonly cachedOnly: boolean) {
    const fresh = new Set<string>();
    const followUps = new Set<string>();
    const dir = join(PROJECT_ROOT, "eval", "questions");
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith(".jsonl"))
      .sort()) {
      for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as { q: string; family: string };
        (record.family === "follow-up" ? followUps : fresh).add(record.q);
      }
    }
    for (const popular of POPULAR) fresh.delete(popular);
    this.fresh = [...fresh];
    this.followUps = [...followUps];
  }

  take(): Ask {
    if (this.cachedOnly) {
      const question = POPULAR[this.popularIndex++ % POPULAR.length] ?? "";
      return this.count({ question, target: "guild", user: "admin" }, false);
    }
    const roll = this.next();
    if (roll < MIX.popular) {
      this.last = { question: this.pick(POPULAR), target: "guild", user: this.pick(ASKERS.guild) };
      return this.count(this.last, false);
    }
    if (roll < MIX.popular + MIX.fresh) {
      const k = this.freshIndex++;
      const base = this.fresh[k % this.fresh.length] ?? "";
      const wording = Math.floor(k / this.fresh.length) % WORDINGS.length;
      // Places take turns, and each text is worded anew once the list is through: a text's first
      // asking anywhere is its only one (the answer cache is shared by servers without edits).
      const target = TARGETS[k % TARGETS.length] ?? "guild";
      this.last = {
        question: WORDINGS[wording]!(base),
        target,
        user: this.pick(ASKERS[target]),
      };
      return this.count(this.last, false);
    }
    return this.count({ ...this.last, question: this.pick(this.followUps) }, true);
  }

  /** The shares of asks since the last call that were asked for the first time anywhere, and follow-ups. */
  shares(): { firstTime: number; followUps: number } {
    const total = Math.max(1, this.counted.total);
    const shares = { firstTime: this.counted.firstTime / total, followUps: this.counted.followUps / total };
    this.counted = { total: 0, firstTime: 0, followUps: 0 };
    return shares;
  }

  private count(ask: Ask, followUp: boolean): Ask {
    // First asked anywhere: servers without edits and DMs share one answer cache.
    const key = ask.question;
    this.counted.total++;
    if (followUp) this.counted.followUps++;
    else if (!this.seen.has(key)) this.counted.firstTime++;
    this.seen.add(key);
    return ask;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** How people also type a question: lower case, no question mark (a new text for the cache). */
function casual(question: string): string {
  const typed = question.toLowerCase().replace(/[?\s]+$/, "");
  return typed === question ? `${question}?` : typed;
}

/** The ways a first-time question is typed, each a new text for the cache and the engine. */
const WORDINGS: readonly ((question: string) => string)[] = [
  (q) => q,
  casual,
  (q) => `hey, ${casual(q)}`,
  (q) => `${casual(q)} pls`,
  (q) => `quick question: ${q}`,
  (q) => `so ${casual(q)}??`,
  (q) => `can you tell me ${casual(q)}`,
  (q) => `${q} thanks`,
];

interface Row {
  mode: string;
  n: number;
  samples: number[];
  elapsedMs: number;
  /** CPU time over the run: the bot process, and this process (the fake Discord and the clock). */
  botCpuMs: number;
  fakeCpuMs: number;
  /** The measured span on the monotonic clock both processes share (µs), to cut CPU profiles. */
  window: [number, number];
  /** Of the asks: first asked anywhere, and follow-ups (see `Workload`). */
  shares: { firstTime: number; followUps: number };
}

/** The bot under test: Attaché itself (compiled, as `npm start` runs it), or the do-nothing discord.js bot. */
type BotName = "attache" | "floor" | "baseline";

interface Bench {
  name: BotName;
  discord: FakeDiscord;
  bot: ChildRun;
  tmpDir: string;
  workload: Workload;
  profileDir?: string;
}

async function start(options: {
  bot: BotName;
  profile?: boolean;
  cachedOnly?: boolean;
  /** For "baseline": a checkout of another version, built (`dist/main.js`). */
  dir?: string;
}): Promise<Bench> {
  // No 3 s interaction deadline: a late reply should show up as a slow sample, not a lost one.
  const discord = await startFakeDiscord({ interactionResponseDeadlineMs: 0, defaultTimeoutMs: 30_000 });
  const tmpDir = mkdtempSync(join(tmpdir(), "attache-bench-"));
  const profileDir = options.profile ? join(tmpDir, "cpuprof") : undefined;
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const env = childEnv({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DATABASE_PATH: join(tmpDir, "attache.db"),
    COOLDOWN_SECONDS: "0",
    LOG_LEVEL: "info",
    METRICS_PORT: String(await freePort()),
  });
  const main = options.dir ? join(options.dir, "dist", "main.js") : "dist/main.js";
  const bot =
    options.bot === "floor"
      ? runNode("bench/floor-bot.ts", [], env, nodeArgs)
      : runProcess(process.execPath, [...nodeArgs, main], env, main);
  try {
    await Promise.race([
      discord.waitForReady({ timeoutMs: 60_000 }),
      bot.exited.then((status) => {
        throw new Error(`the bot exited (${JSON.stringify(status)}) before connecting:\n${bot.output()}`);
      }),
    ]);
  } catch (error) {
    bot.kill();
    await discord.close();
    throw error;
  }
  return {
    name: options.bot,
    discord,
    bot,
    tmpDir,
    workload: new Workload(options.cachedOnly === true),
    ...(profileDir ? { profileDir } : {}),
  };
}

/** Stops the bot; returns its CPU profile's path when it was profiled (the caller removes tmpDir). */
async function stop(bench: Bench): Promise<string | undefined> {
  try {
    const status = await bench.bot.stop("SIGTERM", 20_000);
    if (status.code !== 0) console.error(`warning: the bot exited with ${JSON.stringify(status)}`);
  } finally {
    bench.bot.kill();
    await bench.discord.close();
  }
  const dir = bench.profileDir;
  const file = dir ? readdirSync(dir).find((name) => name.endsWith(".cpuprofile")) : undefined;
  return dir && file ? join(dir, file) : undefined;
}

/** One /ask: dispatched -> callback received, in ms. */
async function askOnce(bench: Bench): Promise<number> {
  const { discord } = bench;
  const ask = bench.workload.take();
  const started = performance.now();
  const handle = discord.sendInteraction({
    kind: "command",
    name: "ask",
    options: { question: ask.question },
    user: discord.users[ask.user],
    guild: ask.target === "dm" ? null : ask.target === "other" ? discord.otherGuild : discord.guild,
  });
  const callback = await handle.waitForCallback(30_000);
  const elapsed = performance.now() - started;
  if (callback.type !== 4) throw new Error(`unexpected callback type ${callback.type} for "${ask.question}"`);
  return elapsed;
}

/** CPU time (user + system) a process has used, from /proc (Linux; NaN elsewhere). */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after "(comm)": state is field 3, utime 14, stime 15, in clock ticks (100 per second).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Microseconds on CLOCK_MONOTONIC, the clock V8 stamps CPU profile samples with in every process. */
function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

interface Mode {
  name: string;
  n: number;
  concurrency: number;
  perSecond?: number;
}

/**
 * `n` interactions with at most `concurrency` in flight (closed loop: the next one is sent when
 * one is answered), or, with `perSecond`, sent on a fixed schedule however many are in flight.
 */
async function run(bench: Bench, mode: Mode): Promise<Row> {
  const { n, concurrency, perSecond } = mode;
  const samples: number[] = [];
  let next = 0;
  bench.workload.shares();
  globalThis.gc?.();
  const botCpu = processCpuMs(bench.bot.pid);
  const fakeCpu = ownCpuMs();
  const windowStart = monotonicMicros();
  const started = performance.now();
  if (perSecond) {
    const pending: Promise<void>[] = [];
    for (let i = 0; i < n; i++) {
      // Sleep until the i-th slot (drift-free: measured from the start, not from the last send).
      const due = started + (i * 1000) / perSecond - performance.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      pending.push(askOnce(bench).then((ms) => void samples.push(ms)));
    }
    await Promise.all(pending);
  } else {
    const worker = async () => {
      while (next < n) {
        next++;
        samples.push(await askOnce(bench));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  }
  return {
    mode: mode.name,
    n,
    samples: samples.sort((a, b) => a - b),
    elapsedMs: performance.now() - started,
    botCpuMs: processCpuMs(bench.bot.pid) - botCpu,
    fakeCpuMs: ownCpuMs() - fakeCpu,
    window: [windowStart, monotonicMicros()],
    shares: bench.workload.shares(),
  };
}

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** One line per mode: the median over the rounds of each round's figures. */
function table(rounds: readonly Row[][]): string {
  const lines = [
    "| mode | rounds × n | p50 ms | p99 ms | max ms | throughput/s | bot CPU ms / interaction | fake Discord CPU ms / interaction | first asked | follow-ups |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const mode of rounds[0]?.map((row) => row.mode) ?? []) {
    const rows = rounds.flatMap((round) => round.filter((row) => row.mode === mode));
    const of = (f: (row: Row) => number) => median(rows.map(f));
    lines.push(
      `| ${mode} | ${rows.length} × ${rows[0]?.n ?? 0} | ${fmt(
        of((row) => percentile(row.samples, 50)),
        2,
      )} | ${fmt(
        of((row) => percentile(row.samples, 99)),
        2,
      )} | ${fmt(
        of((row) => row.samples.at(-1) ?? Number.NaN),
        2,
      )} | ${fmt(
        of((row) => (row.n / row.elapsedMs) * 1000),
        0,
      )} | ${fmt(
        of((row) => row.botCpuMs / row.n),
        2,
      )} | ${fmt(
        of((row) => row.fakeCpuMs / row.n),
        2,
      )} | ${fmt(
        of((row) => row.shares.firstTime * 100),
        0,
      )}% | ${fmt(
        of((row) => row.shares.followUps * 100),
        0,
      )}% |`,
    );
  }
  return lines.join("\n");
}

function modes(n: number): Mode[] {
  return [
    { name: "sequential", n, concurrency: 1 },
    { name: `${CONCURRENCY} concurrent`, n, concurrency: CONCURRENCY },
    // Half as many: at a fixed rate the count sets the run's length, not its load.
    {
      name: `paced ${PACED_PER_SECOND}/s (open loop)`,
      n: Math.ceil(n / 2),
      concurrency: Number.POSITIVE_INFINITY,
      perSecond: PACED_PER_SECOND,
    },
  ];
}

/**
 * Every bot warmed up (JIT in both processes, discord.js caches, keep-alive connections), then
 * `rounds` rounds of every mode; within a mode the bots take turns back to back, and the order
 * flips every round (A B, B A, …), so a slow spell of the machine falls on both alike.
 */
async function measureRounds(benches: readonly Bench[], n: number, rounds: number): Promise<Row[][][]> {
  for (const bench of benches) {
    await run(bench, { name: "warm-up", n: Math.min(300, n), concurrency: 1 });
    await run(bench, { name: "warm-up", n: Math.min(300, n), concurrency: CONCURRENCY });
  }
  const results: Row[][][] = benches.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = benches.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) results[index]?.push([]);
    for (const mode of modes(n)) {
      for (const index of order) {
        const bench = benches[index];
        if (bench) results[index]?.at(-1)?.push(await run(bench, mode));
      }
    }
    process.stderr.write(`round ${round + 1}/${rounds} done\n`);
  }
  return results;
}

/** The bot's own view (router latencyMs: handler + REST reply) for the same load. */
async function breakdown(n: number): Promise<void> {
  const bench = await start({ bot: "attache" });
  try {
    const concurrentMode = { name: "concurrent", n, concurrency: CONCURRENCY };
    await run(bench, { ...concurrentMode, n: Math.min(300, n) });
    const from = bench.bot.logs().length;
    const concurrent = await run(bench, concurrentMode);
    // The last log lines are written just after the last callback.
    await bench.bot
      .waitForLog((record) => record.msg === "interaction", "last interaction", {
        count: from + n,
        timeoutMs: 10_000,
      })
      .catch(() => undefined);
    const routed = bench.bot
      .logs()
      .slice(from)
      .filter((record) => record.msg === "interaction")
      .map((record) => Number(record.latencyMs))
      .sort((a, b) => a - b);
    console.log(`\n### Breakdown at ${CONCURRENCY} concurrent (n=${n})\n`);
    console.log("| measured | p50 ms | p99 ms |");
    console.log("| --- | ---: | ---: |");
    console.log(
      `| dispatched → callback received (fake's clock) | ${fmt(percentile(concurrent.samples, 50), 2)} | ${fmt(
        percentile(concurrent.samples, 99),
        2,
      )} |`,
    );
    console.log(
      `| router: interaction received → reply sent (bot's clock, ms resolution) | ${fmt(percentile(routed, 50), 0)} | ${fmt(
        percentile(routed, 99),
        0,
      )} |`,
    );
  } finally {
    await stop(bench);
    rmSync(bench.tmpDir, { recursive: true, force: true });
  }
}

interface ProfileSummary {
  interactions: number;
  groups: Map<string, number>;
  functions: Map<string, number>;
}

/**
 * Self time of a bot's CPU profile inside the measured windows only (start-up, warm-up, the other
 * modes and shutdown left out: samples are stamped on CLOCK_MONOTONIC, as are the windows), in µs,
 * grouped by where the code lives.
 */
function summarizeProfile(file: string, rows: readonly Row[]): ProfileSummary {
  interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string };
  }
  const data = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
  };
  const windows = rows.map((row) => row.window);
  const byId = new Map(data.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let time = data.startTime;
  data.samples.forEach((id, i) => {
    const micros = data.timeDeltas[i + 1] ?? 0;
    time += data.timeDeltas[i] ?? 0;
    if (!windows.some(([from, to]) => time >= from && time <= to)) return;
    const node = byId.get(id);
    const group = classify(node?.callFrame.url ?? "", node?.callFrame.functionName ?? "");
    groups.set(group, (groups.get(group) ?? 0) + micros);
    const name = `${node?.callFrame.functionName || "(anonymous)"} ${shortUrl(node?.callFrame.url ?? "")}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  });
  return { interactions: rows.reduce((sum, row) => sum + row.n, 0), groups, functions };
}

function printProfiles(profiles: ReadonlyMap<BotName, ProfileSummary>): void {
  const attache = profiles.get("attache");
  if (!attache) return;
  const floorProfile = profiles.get("floor");
  // With --baseline, the other version's profile from the same rounds: before and after side by side.
  const baselineProfile = profiles.get("baseline");
  const perInteraction = (summary: ProfileSummary | undefined, key: string, of: "groups" | "functions") =>
    summary ? (summary[of].get(key) ?? 0) / 1000 / summary.interactions : Number.NaN;
  console.log(
    `\n### Bot CPU profiles: the ${CONCURRENCY}-concurrent runs (${attache.interactions} /ask), self time per interaction\n`,
  );
  const baselineHeader = baselineProfile ? ["baseline ms"] : [];
  console.log(
    `| where | Attaché ms | floor ms | difference ms | ${[...baselineHeader, ""].join(" | ")}`.trim(),
  );
  console.log(`| --- | ---: | ---: | ---: | ${baselineProfile ? "---: |" : ""}`.trim());
  const groups = new Set([
    ...attache.groups.keys(),
    ...(floorProfile?.groups.keys() ?? []),
    ...(baselineProfile?.groups.keys() ?? []),
  ]);
  const sorted = [...groups].sort(
    (a, b) => perInteraction(attache, b, "groups") - perInteraction(attache, a, "groups"),
  );
  let totals = [0, 0, 0];
  for (const group of sorted) {
    const ours = perInteraction(attache, group, "groups");
    const theirs = perInteraction(floorProfile, group, "groups");
    const before = perInteraction(baselineProfile, group, "groups");
    if (group !== "idle")
      totals = [(totals[0] ?? 0) + ours, (totals[1] ?? 0) + theirs, (totals[2] ?? 0) + before];
    const baselineCell = baselineProfile ? ` ${fmt(before, 3)} |` : "";
    console.log(
      `| ${group} | ${fmt(ours, 3)} | ${fmt(theirs, 3)} | ${fmt(ours - theirs, 3)} |${baselineCell}`,
    );
  }
  const [ours = 0, theirs = Number.NaN, before = Number.NaN] = totals;
  const baselineTotal = baselineProfile ? ` ${fmt(before, 3)} |` : "";
  console.log(
    `| **all but idle** | ${fmt(ours, 3)} | ${fmt(theirs, 3)} | ${fmt(ours - theirs, 3)} |${baselineTotal}`,
  );
  console.log(
    "\nThe functions Attaché spends most beyond the floor, self time per interaction (floor's beside):\n",
  );
  const beyond = (name: string) =>
    perInteraction(attache, name, "functions") - (perInteraction(floorProfile, name, "functions") || 0);
  for (const name of [...attache.functions.keys()].sort((a, b) => beyond(b) - beyond(a)).slice(0, 40)) {
    console.log(
      `- ${fmt(perInteraction(attache, name, "functions"), 3)} ms (floor ${fmt(
        perInteraction(floorProfile, name, "functions"),
        3,
      )})  ${name}`,
    );
  }
}

/** Attaché's figures as multiples of the floor's, round by round, and their median per mode. */
function ratios(attache: readonly Row[][], floorRounds: readonly Row[][], name = "Attaché"): void {
  console.log(
    `\n### ${name} ÷ floor, same run (target ≤ ${TARGET_FLOOR_RATIO}× at ${CONCURRENCY} concurrent, median of ${attache.length} rounds)\n`,
  );
  console.log("| mode | bot CPU per interaction: median (rounds) | p50: median | p99: median (rounds) |");
  console.log("| --- | ---: | ---: | ---: |");
  const verdicts: string[] = [];
  for (const mode of attache[0]?.map((row) => row.mode) ?? []) {
    const cpu: number[] = [];
    const p50: number[] = [];
    const p99: number[] = [];
    attache.forEach((round, index) => {
      const ours = round.find((row) => row.mode === mode);
      const base = floorRounds[index]?.find((row) => row.mode === mode);
      if (!ours || !base) return;
      cpu.push(ours.botCpuMs / ours.n / (base.botCpuMs / base.n));
      p50.push(percentile(ours.samples, 50) / percentile(base.samples, 50));
      p99.push(percentile(ours.samples, 99) / percentile(base.samples, 99));
    });
    const list = (values: number[]) => values.map((value) => fmt(value, 2)).join(", ");
    console.log(
      `| ${mode} | ${fmt(median(cpu), 2)}× (${list(cpu)}) | ${fmt(median(p50), 2)}× | ${fmt(
        median(p99),
        2,
      )}× (${list(p99)}) |`,
    );
    if (mode === `${CONCURRENCY} concurrent`) {
      const verdict = (ratio: number) => (ratio <= TARGET_FLOOR_RATIO ? "met" : "MISSED");
      verdicts.push(
        `CPU per interaction ${fmt(median(cpu), 2)}× the floor (median of ${cpu.length}): ${verdict(median(cpu))}.`,
        `p99 at ${CONCURRENCY} concurrent ${fmt(median(p99), 2)}× the floor (median of ${p99.length}): ${verdict(median(p99))}.`,
      );
    }
  }
  console.log(`\n${verdicts.join("\n")}`);
}

function classify(url: string, functionName: string): string {
  if (functionName === "(idle)") return "idle";
  if (functionName === "(garbage collector)") return "garbage collector";
  if (functionName === "(program)" || functionName === "(root)") return "V8/native (program)";
  if (/node_modules\/(tsx|esbuild|get-tsconfig)\//.test(url)) return "tsx loader";
  if (/node_modules\/(ws|@discordjs\/ws)\//.test(url)) return "gateway (ws, @discordjs/ws)";
  if (/node_modules\/(@discordjs\/rest|undici|@sapphire)\//.test(url))
    return "REST (@discordjs/rest, undici)";
  if (/node_modules\/(discord\.js|@discordjs\/(collection|util|builders|formatters))\//.test(url))
    return "discord.js (structures, events)";
  if (/node_modules\/zod\//.test(url)) return "zod";
  if (/\/src\/engine\//.test(url)) return "our engine (answer)";
  if (/\/src\/storage\//.test(url) || /node_modules\/better-sqlite3\//.test(url)) return "storage (SQLite)";
  if (/\/(src|commands)\//.test(url)) return "our bot (src/discord, commands)";
  if (url.startsWith("node:") || url === "") return "Node core / native";
  return "other node_modules";
}

function shortUrl(url: string): string {
  const match = /node_modules\/(.+)$/.exec(url);
  return match?.[1] ?? url.replace(`file://${PROJECT_ROOT}/`, "");
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const n = quick ? 200 : 1_000;
  const rounds = Number(argument("--rounds") ?? (quick ? 3 : 5));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds takes a whole number ≥ 1");
  const withFloor = process.argv.includes("--floor");
  const profile = process.argv.includes("--profile");
  const cachedOnly = process.argv.includes("--cached-only");
  const baseline = argument("--baseline");
  if (baseline && !withFloor) throw new Error("--baseline needs --floor");
  // The compiled bot, as production runs it; a build with nothing changed takes a few seconds.
  execFileSync("npm", ["run", "--silent", "build"], { cwd: PROJECT_ROOT, stdio: "inherit" });
  const benches: Bench[] = [];
  let results: Row[][][];
  const profiles = new Map<BotName, ProfileSummary>();
  try {
    // Both bots side by side: each idles (heartbeats only) while the other is measured.
    benches.push(await start({ bot: "attache", profile, cachedOnly }));
    if (withFloor) benches.push(await start({ bot: "floor", profile, cachedOnly }));
    if (baseline) benches.push(await start({ bot: "baseline", profile, cachedOnly, dir: baseline }));
    results = await measureRounds(benches, n, rounds);
  } finally {
    const files = await Promise.all(benches.map((bench) => stop(bench)));
    benches.forEach((bench, index) => {
      const file = files[index];
      const rows = results?.[index]?.flat().filter((row) => row.mode === `${CONCURRENCY} concurrent`);
      if (file && rows) profiles.set(bench.name, summarizeProfile(file, rows));
      rmSync(bench.tmpDir, { recursive: true, force: true });
    });
  }
  const [attache = [], floorRounds, baselineRounds] = results;
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
  console.log(
    `\n## /ask end to end: interaction dispatched → callback received (median of ${rounds} rounds)\n`,
  );
  console.log(table(attache));
  console.log(
    `\nNode ${process.version}, ${availableParallelism()} CPU(s), load average ${load} (1/5/15 min). ` +
      "The fake Discord (this process) and the bot (a child process) share the machine, and so does " +
      "anything else running on it: on a busy shared machine expect the tails to move by several ms between runs.",
  );
  const p99 = median(
    attache.flatMap((round) =>
      round
        .filter((row) => row.mode === `${CONCURRENCY} concurrent`)
        .map((row) => percentile(row.samples, 99)),
    ),
  );
  console.log(
    `Target p99 ≤ ${TARGET_P99_MS} ms at ${CONCURRENCY} concurrent: ${p99 <= TARGET_P99_MS ? "met" : "MISSED"} (${fmt(p99, 2)} ms).`,
  );
  if (floorRounds) {
    console.log(
      `\n### Floor: the simplest discord.js bot (constant reply, no engine), same load, same rounds\n`,
    );
    console.log(table(floorRounds));
    const busier = median(
      floorRounds.flatMap((round) =>
        round
          .filter((row) => row.mode === `${CONCURRENCY} concurrent`)
          .map((row) => Math.max(row.botCpuMs, row.fakeCpuMs) / row.n),
      ),
    );
    console.log(
      `\nLittle's law: ${CONCURRENCY} in flight × ${fmt(busier, 2)} ms CPU per interaction (the busier process) ` +
        `≈ ${fmt(CONCURRENCY * busier, 1)} ms median before any work of ours.`,
    );
    ratios(attache, floorRounds);
    if (baselineRounds) {
      console.log(`\n## Baseline: ${baseline}, same load, same rounds\n`);
      console.log(table(baselineRounds));
      ratios(baselineRounds, floorRounds, "Baseline");
    }
  }
  if (profile) printProfiles(profiles);
  if (process.argv.includes("--breakdown")) await breakdown(n);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
