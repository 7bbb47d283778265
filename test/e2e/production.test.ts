/**
 * The bot as it runs in production and in the container: compiled with `npm run build`, started
 * with `node dist/main.js` (the Dockerfile's steps), with METRICS_PORT set, against the local
 * Discord. Its health and metrics are read over HTTP while it serves real interactions.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../discord-server/index.ts";
import { freePort } from "../support/ports.ts";
import { type ChildRun, childEnv, PROJECT_ROOT, runProcess } from "./support/bot-process.ts";
import { dataOf, firstEmbed, START_TIMEOUT_MS } from "./support/harness.ts";

/** tsc on two shared cores, while other test files run: the first build of a fresh clone is slow. */
const BUILD_TIMEOUT_MS = 150_000;

let discord: FakeDiscord;
let bot: ChildRun;
let tmpDir: string;
let port: number;

function npmBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile("npm", ["run", "--silent", "build"], { cwd: PROJECT_ROOT }, (error, stdout, stderr) =>
      error ? reject(new Error(`npm run build failed:\n${stdout}${stderr}`)) : resolve(),
    );
  });
}

async function get(path: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}

/** The value of one sample line of the exposition, e.g. `attache_questions_total{result="answered"}`. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function ask(question: string) {
  const handle = discord.sendInteraction({ kind: "command", name: "ask", options: { question } });
  return dataOf((await handle.waitForCallback()).data);
}

beforeAll(async () => {
  await npmBuild();
  discord = await startFakeDiscord({ defaultTimeoutMs: 10_000 });
  tmpDir = mkdtempSync(join(tmpdir(), "attache-e2e-prod-"));
  port = await freePort();
  bot = runProcess(
    process.execPath,
    ["dist/main.js"],
    childEnv({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DATABASE_PATH: join(tmpDir, "attache.db"),
      METRICS_PORT: String(port),
    }),
    "dist/main.js",
  );
  await bot.waitForLog((record) => record.msg === "connected", "connected", { timeoutMs: START_TIMEOUT_MS });
}, BUILD_TIMEOUT_MS + START_TIMEOUT_MS);

afterAll(async () => {
  try {
    if (bot) {
      const status = await bot.stop("SIGTERM");
      expect(status, bot.output()).toEqual({ code: 0, signal: null });
    }
  } finally {
    bot?.kill();
    await discord?.close();
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  }
}, 30_000);

describe("The compiled bot (npm run build, node dist/main.js)", () => {
  it("starts from dist/, finds data/ and migrations/, and says it created its database", async () => {
    expect(existsSync(join(PROJECT_ROOT, "dist", "main.js"))).toBe(true);
    const created = await bot.waitForLog((record) => record.msg === "created a new database", "created");
    expect(created.database).toBe(join(tmpDir, "attache.db"));
    const starting = await bot.waitForLog((record) => record.msg === "starting", "starting");
    expect(starting.facts).toBeGreaterThan(0);
    expect(existsSync(join(tmpDir, "attache.db"))).toBe(true);
  });

  it("answers /ask like the TypeScript sources do", async () => {
    const data = await ask("Who is the Secretary General of CICA?");
    expect(firstEmbed(data).description).toContain("Kairat Sarybay");
  });

  it("logs JSON lines through pino, and never the token", () => {
    const records = bot.logs();
    expect(records.length).toBeGreaterThan(2);
    for (const record of records) expect(typeof record.time).toBe("string");
    expect(bot.output()).not.toContain(discord.token);
  });
});

describe("Health and metrics on METRICS_PORT", () => {
  it("/healthz is 200 while the gateway is connected and the database writable", async () => {
    const health = await get("/healthz");
    expect(health.status).toBe(200);
    expect(health.type).toBe("application/json");
    expect(JSON.parse(health.body)).toEqual({ status: "ok", gateway: "connected", database: "writable" });
  });

  it("/metrics counts interactions by command and outcome, answered and refused, with the latency", async () => {
    const before = (await get("/metrics")).body;
    const answeredBefore = sample(before, 'attache_questions_total{result="answered"}') ?? 0;
    const refusedBefore = sample(before, 'attache_questions_total{result="refused"}') ?? 0;
    await ask("Who chairs CICA?");
    await ask("What is the capital of Peru?");

    const metrics = await get("/metrics");
    expect(metrics.status).toBe(200);
    expect(metrics.type).toContain("text/plain");
    expect(sample(metrics.body, 'attache_questions_total{result="answered"}')).toBe(answeredBefore + 1);
    expect(sample(metrics.body, 'attache_questions_total{result="refused"}')).toBe(refusedBefore + 1);
    expect(
      sample(metrics.body, 'attache_interactions_total{kind="command",command="ask",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(3);
    expect(
      sample(metrics.body, 'attache_answer_latency_seconds_count{kind="command"}'),
    ).toBeGreaterThanOrEqual(3);
    expect(metrics.body).toContain('attache_answer_latency_seconds_bucket{le="0.05",kind="command"}');
    expect(sample(metrics.body, "attache_gateway_reconnects_total")).toBe(0);
    // Node's own process metrics come along.
    expect(metrics.body).toContain("process_cpu_seconds_total");
  });

  it("counts a gateway reconnect", async () => {
    const resumes = discord.resumes.length;
    discord.requestReconnect();
    await discord.waitForResume({ count: resumes + 1, timeoutMs: 15_000 });
    await bot.waitForLog((record) => record.msg === "gateway resumed", "gateway resumed");
    expect(sample((await get("/metrics")).body, "attache_gateway_reconnects_total")).toBe(1);
  });

  it("answers 404 elsewhere", async () => {
    expect((await get("/")).status).toBe(404);
  });

  it("/healthz turns 503 when Discord is gone (last: the bot then only retries)", async () => {
    await discord.close();
    let health = await get("/healthz");
    for (let tries = 0; health.status === 200 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      health = await get("/healthz");
    }
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toMatchObject({ status: "unhealthy", gateway: "not connected" });
  });
});

/**
 * There is no container engine on the machines that run these tests, so the image must do nothing
 * the tests above do not: install, build, start the compiled bot, as an unprivileged user, with the
 * database on a volume and /healthz as its health check.
 */
describe("The container runs what these tests run", () => {
  const dockerfile = readFileSync(join(PROJECT_ROOT, "Dockerfile"), "utf8");
  const compose = readFileSync(join(PROJECT_ROOT, "compose.yaml"), "utf8");
  const ignored = readFileSync(join(PROJECT_ROOT, ".dockerignore"), "utf8").split("\n");
  const instructions = dockerfile
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .filter((line) => /^[A-Z]+\s/.test(line));

  it("builds with npm ci and npm run build, keeps production dependencies only, and starts dist/main.js", () => {
    const runs = instructions.filter((line) => line.startsWith("RUN "));
    expect(runs).toContain("RUN npm ci");
    expect(runs).toContain("RUN npm run build");
    expect(runs).toContain("RUN npm prune --omit=dev");
    expect(instructions.filter((line) => line.startsWith("FROM "))).toHaveLength(2);
    expect(instructions.at(-1)).toBe('CMD ["node", "dist/main.js"]');
  });

  it("copies only files that exist here, and never .env or a database", () => {
    for (const line of instructions.filter((l) => l.startsWith("COPY ") && !l.includes("--from="))) {
      const sources = line.split(/\s+/).slice(1, -1);
      for (const source of sources) expect(existsSync(join(PROJECT_ROOT, source)), source).toBe(true);
    }
    expect(ignored).toEqual(
      expect.arrayContaining([".env", "node_modules", "dist", "data/*.db", "data/*.db-*"]),
    );
  });

  it("runs as a non-root user, with the database on a volume and /healthz as the health check", () => {
    expect(instructions).toContain("USER node");
    const databasePath = /DATABASE_PATH=(\S+)/.exec(dockerfile)?.[1] ?? "";
    expect(instructions).toContain(`VOLUME ["${dirname(databasePath)}"]`);
    expect(instructions.find((line) => line.startsWith("HEALTHCHECK "))).toContain("/healthz");
    expect(compose).toContain(`DATABASE_PATH: ${databasePath}`);
    expect(compose).toContain(`attache-data:${dirname(databasePath)}`);
    expect(compose).toMatch(/METRICS_PORT: "\d+"/);
  });

  it("compose.postgres.yaml adds the official PostgreSQL image and points DATABASE_URL at it, password from .env", () => {
    const postgres = readFileSync(join(PROJECT_ROOT, "compose.postgres.yaml"), "utf8");
    expect(postgres).toMatch(/^ {4}image: postgres:\d+$/m);
    // Compose fills in the password from .env (and refuses to start without one).
    const password = ["$", "{POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}"].join("");
    expect(postgres).toContain(`DATABASE_URL: postgres://attache:${password}@postgres:5432/attache`);
    expect(postgres).toContain("condition: service_healthy");
    // Only an override of the default file: the bot service there is the same one.
    expect(compose).toMatch(/^ {2}attache:$/m);
    expect(postgres).toMatch(/^ {2}attache:$/m);
  });
});
