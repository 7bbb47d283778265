/**
 * npm run bench:e2e: the latency a Discord user sees, end to end. The fake Discord (in this
 * process) dispatches INTERACTION_CREATE for /ask over the gateway to the real bot (a child process,
 * started like `npm start`), and the clock stops when the bot's POST .../callback arrives.
 * 1,000 interactions one at a time, then 1,000 with 50 in flight, then (for comparison) 1,000 sent
 * at a steady 100/s whatever the replies; p50/p99/max and throughput, and CPU per interaction.
 *
 *   npm run bench:e2e                 the table
 *   npm run bench:e2e -- --quick      200 per mode
 *   npm run bench:e2e -- --profile    also: where the bot's CPU time goes (V8 CPU profile)
 *   npm run bench:e2e -- --floor      also: the same load against the simplest discord.js bot
 *                                     (bench/floor-bot.ts, a constant reply): the stack's own floor,
 *                                     and Attaché's CPU per interaction and p99 as ratios to it
 *   npm run bench:e2e -- --breakdown  also: a pass at LOG_LEVEL=info to split the latency into
 *                                     the bot's own time (router latencyMs) and the rest
 *
 * Attaché runs as in production: compiled (`npm run build`, then `node dist/main.js`).
 *
 * Targets: p99 <= 25 ms at 50 concurrent on the 2-core dev machine; against the floor in the same
 * run, CPU per interaction and p99 at 50 concurrent each at most 1.3 × the floor bot's.
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
import { fmt, percentile } from "./stats.ts";

const QUESTIONS = [
  "Who is the Secretary General of CICA?",
  "Who is Ilham Aliyev?",
  "Who did Ilham Aliyev receive?",
  "Who is Kairat Sarybay?",
  "When did Aliyev receive Sarybay?",
  "Wh0 is the secretry general of CICA?",
  // A refusal with suggestions: a different, slightly heavier path.
  "What is the capital of Peru?",
];

const TARGET_P99_MS = 25;
/** Attaché against the do-nothing discord.js bot, same run: CPU per interaction and p99 at 50 in flight. */
const TARGET_FLOOR_RATIO = 1.3;
const CONCURRENCY = 50;
/** An open-loop arrival rate for comparison: interactions arrive on schedule, whatever the bot's pace. */
const PACED_PER_SECOND = 100;

interface Row {
  mode: string;
  n: number;
  samples: number[];
  elapsedMs: number;
  /** CPU time over the run: the bot process, and this process (the fake Discord and the clock). */
  botCpuMs: number;
  fakeCpuMs: number;
}

interface Bench {
  discord: FakeDiscord;
  bot: ChildRun;
  tmpDir: string;
}

/** The bot under test: Attaché itself (compiled, as `npm start` runs it), or the do-nothing discord.js bot. */
type BotName = "attache" | "floor";

async function start(options: { logLevel: string; nodeArgs?: string[]; bot?: BotName }): Promise<Bench> {
  // No 3 s interaction deadline: a late reply should show up as a slow sample, not a lost one.
  const discord = await startFakeDiscord({ interactionResponseDeadlineMs: 0, defaultTimeoutMs: 30_000 });
  const tmpDir = mkdtempSync(join(tmpdir(), "attache-bench-"));
  const env = childEnv({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DATABASE_PATH: join(tmpDir, "attache.db"),
    COOLDOWN_SECONDS: "0",
    LOG_LEVEL: options.logLevel,
  });
  const nodeArgs = options.nodeArgs ?? [];
  const bot =
    options.bot === "floor"
      ? runNode("bench/floor-bot.ts", [], env, nodeArgs)
      : runProcess(process.execPath, [...nodeArgs, "dist/main.js"], env, "dist/main.js");
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
  return { discord, bot, tmpDir };
}

async function stop(bench: Bench): Promise<void> {
  try {
    const status = await bench.bot.stop("SIGTERM", 20_000);
    if (status.code !== 0) console.error(`warning: the bot exited with ${JSON.stringify(status)}`);
  } finally {
    bench.bot.kill();
    await bench.discord.close();
    rmSync(bench.tmpDir, { recursive: true, force: true });
  }
}

/** One /ask: dispatched -> callback received, in ms. */
async function askOnce(discord: FakeDiscord, index: number): Promise<number> {
  const question = QUESTIONS[index % QUESTIONS.length] ?? "";
  const started = performance.now();
  const handle = discord.sendInteraction({ kind: "command", name: "ask", options: { question } });
  const callback = await handle.waitForCallback(30_000);
  const elapsed = performance.now() - started;
  if (callback.type !== 4) throw new Error(`unexpected callback type ${callback.type} for "${question}"`);
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

/**
 * `n` interactions with at most `concurrency` in flight (closed loop: the next one is sent when
 * one is answered), or, with `perSecond`, sent on a fixed schedule however many are in flight.
 */
async function run(
  bench: Bench,
  n: number,
  concurrency: number,
  perSecond?: number,
): Promise<Omit<Row, "mode">> {
  const { discord } = bench;
  const samples: number[] = [];
  let next = 0;
  const botCpu = processCpuMs(bench.bot.pid);
  const fakeCpu = ownCpuMs();
  const started = performance.now();
  if (perSecond) {
    const pending: Promise<void>[] = [];
    for (let i = 0; i < n; i++) {
      // Sleep until the i-th slot (drift-free: measured from the start, not from the last send).
      const due = started + (i * 1000) / perSecond - performance.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      pending.push(askOnce(discord, i).then((ms) => void samples.push(ms)));
    }
    await Promise.all(pending);
  } else {
    const worker = async () => {
      while (next < n) {
        const index = next++;
        samples.push(await askOnce(discord, index));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  }
  return {
    n,
    samples: samples.sort((a, b) => a - b),
    elapsedMs: performance.now() - started,
    botCpuMs: processCpuMs(bench.bot.pid) - botCpu,
    fakeCpuMs: ownCpuMs() - fakeCpu,
  };
}

function table(rows: readonly Row[]): string {
  const lines = [
    "| mode | n | p50 ms | p99 ms | max ms | throughput/s |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.mode} | ${row.n} | ${fmt(percentile(row.samples, 50), 2)} | ${fmt(percentile(row.samples, 99), 2)} | ${fmt(
        row.samples.at(-1) ?? Number.NaN,
        2,
      )} | ${fmt((row.n / row.elapsedMs) * 1000, 0)} |`,
    );
  }
  return lines.join("\n");
}

function cpuTable(rows: readonly Row[]): string {
  const lines = [
    "| mode | bot CPU ms / interaction | fake Discord CPU ms / interaction | both, as share of 2 cores |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const both = row.botCpuMs + row.fakeCpuMs;
    lines.push(
      `| ${row.mode} | ${fmt(row.botCpuMs / row.n, 2)} | ${fmt(row.fakeCpuMs / row.n, 2)} | ${fmt(
        (both / (row.elapsedMs * availableParallelism())) * 100,
        0,
      )}% |`,
    );
  }
  return lines.join("\n");
}

async function measure(bench: Bench, n: number): Promise<Row[]> {
  // Warm-up: JIT in both processes, discord.js caches, keep-alive connections.
  await run(bench, Math.min(300, n), 1);
  await run(bench, Math.min(300, n), CONCURRENCY);
  globalThis.gc?.();
  const sequential = await run(bench, n, 1);
  globalThis.gc?.();
  const concurrent = await run(bench, n, CONCURRENCY);
  globalThis.gc?.();
  const paced = await run(bench, n, Number.POSITIVE_INFINITY, PACED_PER_SECOND);
  return [
    { mode: "sequential", ...sequential },
    { mode: `${CONCURRENCY} concurrent`, ...concurrent },
    { mode: `paced ${PACED_PER_SECOND}/s (open loop)`, ...paced },
  ];
}

/** The bot's own view (router latencyMs: handler + REST reply) for the same load. */
async function breakdown(n: number): Promise<void> {
  const bench = await start({ logLevel: "info" });
  try {
    await run(bench, Math.min(300, n), CONCURRENCY);
    const from = bench.bot.logs().length;
    const concurrent = await run(bench, n, CONCURRENCY);
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
    console.log(`\n### Breakdown at ${CONCURRENCY} concurrent (LOG_LEVEL=info, n=${n})\n`);
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
  }
}

/**
 * Self time of the bot's CPU profile during the measured run only (start-up, warm-up and shutdown
 * are cut off by time), grouped by where the code lives.
 */
async function profile(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "attache-cpuprof-"));
  const bench = await start({ logLevel: "warn", nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
  let measuredMs = 0;
  let tailMs = 0;
  try {
    await run(bench, Math.min(300, n), CONCURRENCY);
    const measured = await run(bench, n, CONCURRENCY);
    measuredMs = measured.elapsedMs;
  } finally {
    const stopping = performance.now();
    await stop(bench);
    tailMs = performance.now() - stopping;
  }
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) {
    console.log("\n(no CPU profile was written)");
    return;
  }
  interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string };
  }
  const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    endTime: number;
  };
  rmSync(dir, { recursive: true, force: true });
  // Profile times are in µs; the measured run ended about `tailMs` before the profile did.
  const windowEnd = data.endTime - tailMs * 1000;
  const windowStart = windowEnd - measuredMs * 1000;
  const byId = new Map(data.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let time = data.endTime - data.timeDeltas.reduce((a, b) => a + b, 0);
  data.samples.forEach((id, i) => {
    const micros = data.timeDeltas[i] ?? 0;
    time += micros;
    if (time < windowStart || time > windowEnd) return;
    const node = byId.get(id);
    const group = classify(node?.callFrame.url ?? "", node?.callFrame.functionName ?? "");
    groups.set(group, (groups.get(group) ?? 0) + micros);
    const name = `${node?.callFrame.functionName || "(anonymous)"} ${shortUrl(node?.callFrame.url ?? "")}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  });
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n### Bot CPU profile: ${n} /ask at ${CONCURRENCY} concurrent (${fmt(measuredMs, 0)} ms of samples)\n`,
  );
  console.log("| where | self ms | per interaction ms | share |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [group, micros] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(
      `| ${group} | ${fmt(micros / 1000, 0)} | ${fmt(micros / 1000 / n, 3)} | ${fmt((micros / total) * 100, 1)}% |`,
    );
  }
  console.log("\nTop functions by self time:\n");
  for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`- ${fmt(micros / 1000, 0)} ms  ${name}`);
  }
}

/**
 * The same load against bench/floor-bot.ts (discord.js replying a constant, nothing of ours): the
 * latency no handler can go below with this stack, test server and machine. By Little's law, with
 * `CONCURRENCY` always in flight the median cannot be below CONCURRENCY × the CPU time per
 * interaction of the busier process.
 */
async function floor(n: number): Promise<Row[]> {
  const bench = await start({ logLevel: "warn", bot: "floor" });
  let rows: Row[];
  try {
    rows = await measure(bench, n);
  } finally {
    await stop(bench);
  }
  console.log(`\n### Floor: the simplest discord.js bot (constant reply, no engine), same load\n`);
  console.log(table(rows));
  console.log(`\n${cpuTable(rows)}`);
  const concurrent = rows.find((row) => row.mode === `${CONCURRENCY} concurrent`);
  if (concurrent) {
    const busier = Math.max(concurrent.botCpuMs, concurrent.fakeCpuMs) / concurrent.n;
    console.log(
      `\nLittle's law: ${CONCURRENCY} in flight × ${fmt(busier, 2)} ms CPU per interaction (the busier process) ` +
        `≈ ${fmt(CONCURRENCY * busier, 1)} ms median before any work of ours.`,
    );
  }
  return rows;
}

/** Attaché's rows as multiples of the floor's, mode by mode; the targets apply at 50 concurrent. */
function ratios(attache: readonly Row[], floorRows: readonly Row[]): void {
  console.log(
    `\n### Attaché ÷ floor, same run (target ≤ ${TARGET_FLOOR_RATIO}× at ${CONCURRENCY} concurrent)\n`,
  );
  console.log("| mode | bot CPU per interaction | p50 | p99 |");
  console.log("| --- | ---: | ---: | ---: |");
  const verdicts: string[] = [];
  for (const row of attache) {
    const base = floorRows.find((candidate) => candidate.mode === row.mode);
    if (!base) continue;
    const cpu = row.botCpuMs / row.n / (base.botCpuMs / base.n);
    const p50 = percentile(row.samples, 50) / percentile(base.samples, 50);
    const p99 = percentile(row.samples, 99) / percentile(base.samples, 99);
    console.log(`| ${row.mode} | ${fmt(cpu, 2)}× | ${fmt(p50, 2)}× | ${fmt(p99, 2)}× |`);
    if (row.mode === `${CONCURRENCY} concurrent`) {
      const verdict = (ratio: number) => (ratio <= TARGET_FLOOR_RATIO ? "met" : "MISSED");
      verdicts.push(
        `CPU per interaction ${fmt(cpu, 2)}× the floor: ${verdict(cpu)}.`,
        `p99 at ${CONCURRENCY} concurrent ${fmt(p99, 2)}× the floor: ${verdict(p99)}.`,
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

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const n = quick ? 200 : 1_000;
  // The compiled bot, as production runs it; a build with nothing changed takes a few seconds.
  execFileSync("npm", ["run", "--silent", "build"], { cwd: PROJECT_ROOT, stdio: "inherit" });
  const bench = await start({ logLevel: "warn" });
  let rows: Row[];
  try {
    rows = await measure(bench, n);
  } finally {
    await stop(bench);
  }
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
  console.log(`\n## /ask end to end: interaction dispatched → callback received\n`);
  console.log(table(rows));
  console.log(`\nCPU spent per interaction (where the time goes):\n\n${cpuTable(rows)}`);
  console.log(
    `\nNode ${process.version}, ${availableParallelism()} CPU(s), load average ${load} (1/5/15 min). ` +
      "The fake Discord (this process) and the bot (a child process) share the machine, and so does " +
      "anything else running on it: on a busy shared machine expect the tails to move by several ms between runs.",
  );
  const concurrent = rows.find((row) => row.mode === `${CONCURRENCY} concurrent`);
  const p99 = concurrent ? percentile(concurrent.samples, 99) : Number.NaN;
  console.log(
    `Target p99 ≤ ${TARGET_P99_MS} ms at ${CONCURRENCY} concurrent: ${p99 <= TARGET_P99_MS ? "met" : "MISSED"} (${fmt(p99, 2)} ms).`,
  );
  if (process.argv.includes("--floor")) ratios(rows, await floor(n));
  if (process.argv.includes("--breakdown")) await breakdown(n);
  if (process.argv.includes("--profile")) await profile(n);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
