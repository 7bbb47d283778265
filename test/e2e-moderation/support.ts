/**
 * The moderation end-to-end tests' own harness: the real entry point (`node --import tsx
 * src/main.ts`, never npx, so a kill reaches the bot) against the Discord look-alike, a temporary
 * database, and helpers to send commands, forms and clicks and read what the bot answered.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import type { APIEmbed, APIMessage, APIUser } from "discord.js";
import { afterAll, beforeAll, expect } from "vitest";
import { KNOWN_VARIABLES } from "../../src/config/env.ts";
import type {
  FakeDiscord,
  FakeGuild,
  InteractionCallbackRecord,
  InteractionHandle,
  OptionValue,
} from "../discord-server/index.ts";
import { type FakeDiscordOptions, startFakeDiscord } from "../discord-server/index.ts";
import { freshDatabase, tempDirs } from "../fixtures/storage/support.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const EPHEMERAL = 64;
/** Start-up on two shared cores: tsx compiles on the fly. */
/** Two bots may start at once on 2 shared cores, beside other test files: tsx compiles on the fly. */
const START_TIMEOUT_MS = 60_000;
/** For a beforeAll that starts bots: above START_TIMEOUT_MS, so the start's own message wins. */
export const SESSION_HOOK_TIMEOUT_MS = 90_000;

/** Every child started here, killed if a test worker ends without stopping it. */
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

export interface BotProcess {
  child: ChildProcess;
  /** stdout and stderr lines so far. */
  lines: string[];
  waitForLine(test: (line: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then the exit status (SIGKILL after the timeout). */
  stop(timeoutMs?: number): Promise<number | null>;
  exited: Promise<number | null>;
}

/** The environment: nothing of the developer's own configuration (or .env) leaks in. */
export function botEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(DISCORD_|COOLDOWN_|DEPLOY_COMMANDS|FAKE_DISCORD)/.test(name))
      env[name] = value;
  }
  for (const name of KNOWN_VARIABLES) env[name] = "";
  return { ...env, NO_COLOR: "1", LOG_LEVEL: "warn", COOLDOWN_SECONDS: "0", ...overrides };
}

export function spawnBot(env: NodeJS.ProcessEnv): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  const lines: string[] = [];
  const waiters = new Set<{ test: (line: string) => boolean; resolve: (line: string) => void }>();
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      pending += chunk;
      for (let i = pending.indexOf("\n"); i >= 0; i = pending.indexOf("\n")) {
        const line = pending.slice(0, i);
        pending = pending.slice(i + 1);
        lines.push(line);
        for (const waiter of [...waiters]) {
          if (waiter.test(line)) {
            waiters.delete(waiter);
            waiter.resolve(line);
          }
        }
      }
    });
  }
  const exited = new Promise<number | null>((resolveExit) => {
    child.once("close", (code) => {
      children.delete(child);
      resolveExit(code);
    });
  });
  const waitForLine = (test: (line: string) => boolean, what: string, timeoutMs = START_TIMEOUT_MS) => {
    const seen = lines.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise<string>((resolveLine, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${what}. Output:\n${lines.slice(-30).join("\n")}`));
      }, timeoutMs);
      const waiter = {
        test,
        resolve: (line: string) => {
          clearTimeout(timer);
          resolveLine(line);
        },
      };
      waiters.add(waiter);
    });
  };
  return {
    child,
    lines,
    exited,
    waitForLine,
    async stop(timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export interface Session {
  discord: FakeDiscord;
  dbPath: string;
  /** The PostgreSQL database the bot was given (DATABASE_URL), if any. */
  databaseUrl?: string;
  bot: BotProcess;
  /** Stops the bot and starts it again on the same database. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** DATABASE_URL: a PostgreSQL database (DATABASE_PATH then points into the temporary folder). */
  databaseUrl?: string;
  /** A SQLite file of the test's choosing (shared by two bots); the temporary folder's otherwise. */
  databasePath?: string;
  /** For the test Discord server, e.g. the same server ids for two bots. */
  discord?: FakeDiscordOptions;
}

/**
 * A fake Discord, a temporary database, and the bot connected with its commands deployed. With
 * `databaseUrl`, the bot is given DATABASE_URL (a PostgreSQL database) as well as a DATABASE_PATH
 * in the temporary folder, where no file may then appear.
 */
export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const discord = await startFakeDiscord(options.discord);
  const dir = mkdtempSync(join(tmpdir(), "attache-moderation-"));
  const dbPath = options.databasePath ?? join(dir, "attache.db");
  const env = botEnv({
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_TOKEN: discord.token,
    DATABASE_PATH: dbPath,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    // Globally, as in production: the fake then types options from the real definitions.
    DEPLOY_COMMANDS_ON_START: "true",
  });
  const boot = async (count: number) => {
    const bot = spawnBot(env);
    try {
      await discord.waitForReady({ timeoutMs: START_TIMEOUT_MS, count });
      await discord.waitForRequest(
        (request) => request.method === "PUT" && request.route === "/applications/:applicationId/commands",
        START_TIMEOUT_MS,
      );
    } catch (error) {
      bot.child.kill("SIGKILL");
      throw error;
    }
    return bot;
  };
  let boots = 1;
  const session: Session = {
    discord,
    dbPath,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    bot: await boot(boots).catch(async (error: unknown) => {
      await discord.close();
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }),
    async restart() {
      const code = await session.bot.stop();
      if (code !== 0)
        throw new Error(`the bot exited with ${code} on SIGTERM:\n${session.bot.lines.join("\n")}`);
      session.bot = await boot(++boots);
    },
    async close() {
      await session.bot.stop();
      await discord.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return session;
}

/** `npm run facts -- ARGS` (node --import tsx, as the bot is run) in `env`: its exit code and output. */
export async function factsCli(
  env: NodeJS.ProcessEnv,
  args: string[],
): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/facts.ts", ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const [code] = (await once(child, "close")) as [number];
  return { code, output };
}

/** Asks until the answer comes (at most `withinMs`): how long it took, or undefined if it never came. */
export async function answeredWithin(
  s: Session,
  question: string,
  where: Where,
  withinMs: number,
): Promise<number | undefined> {
  const start = Date.now();
  for (;;) {
    if ((await ask(s, question, where)).answered) return Date.now() - start;
    if (Date.now() - start > withinMs) return undefined;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

/** A question the curated data cannot answer, and the moderator's fact (the /fact add form) that answers it. */
export const FOUNDED_QUESTION = "When was CICA founded?";
export const FOUNDED_FACT = {
  statement: "CICA was founded in 1992 on the initiative of Kazakhstan.",
  entities: "CICA, Kazakstan",
  source: "Example Times | 2024-05-02 | https://example.org/cica",
  quote: "CICA was established in 1992 at the initiative of Kazakhstan",
  reason: "asked in #general",
};
export const FOUNDED_FACT_ID = "cica-was-founded-in-1992-on-the-initiative-of-kazakhstan";

/** What a member without moderator rights is told. */
export const NOT_MODERATOR = /Only moderators can change this server's facts/;

export interface PerFileOptions {
  /**
   * The warnings' messages, in order, that the file's specs bring about on purpose; or "checked by
   * each spec", for files whose specs read them (`botTroubles`) around what they do.
   */
  warnings?: string[] | "checked by each spec";
  /** On a fresh database of the "postgres" vitest project's PostgreSQL: `session().databaseUrl`. */
  onFreshPostgres?: boolean;
}

/**
 * One bot for the test file: started before its tests, stopped after them. Refusals are answers,
 * not failures: nothing the bot printed may be a warning or an error, but for the `warnings` a
 * spec brings about on purpose. Returns the session's getter.
 */
export function sessionPerFile(options: PerFileOptions = {}): () => Session {
  const dirs = tempDirs();
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession(options.onFreshPostgres ? { databaseUrl: freshDatabase(dirs.make()) } : {});
  }, SESSION_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await session?.close();
    dirs.cleanup();
    const troubles = session?.bot.lines.filter((line) => /"level":"(warn|error)"/.test(line)) ?? [];
    if (options.warnings === undefined) expect(troubles).toEqual([]);
    else if (options.warnings !== "checked by each spec")
      expect(troubles.map((line) => JSON.parse(line).msg)).toEqual(options.warnings);
  });
  return () => {
    if (!session) throw new Error("the session did not start");
    return session;
  };
}

// ---- talking to the bot ----

export interface Where {
  user?: APIUser;
  /** Default: the main guild; null: the bot's DM. */
  guild?: FakeGuild | null;
}

export interface Reply {
  handle: InteractionHandle;
  callback: InteractionCallbackRecord;
  type: number;
  data: Record<string, unknown>;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

async function settle(handle: InteractionHandle): Promise<Reply> {
  const callback = await handle.waitForCallback(10_000);
  let data = record(callback.data);
  // A deferred reply (5) arrives as an edit of @original; after a deferred update of a button's
  // message (6, a write that may wait for a lock) the outcome is that message's edit or a follow-up.
  if (callback.type === 5 || callback.type === 6) {
    const edit = await handle.waitForWebhook(
      (w) => w.request.method === "PATCH" || (callback.type === 6 && w.request.method === "POST"),
      10_000,
    );
    data = record(edit.request.body);
  }
  return { handle, callback, type: callback.type, data };
}

export function command(
  s: Session,
  name: string,
  subcommand: string | undefined,
  options: Record<string, OptionValue> = {},
  where: Where = {},
): Promise<Reply> {
  return settle(
    s.discord.sendInteraction({
      kind: "command",
      name,
      ...(subcommand ? { subcommand } : {}),
      options,
      ...where,
    }),
  );
}

export function submit(
  s: Session,
  customId: string,
  fields: Record<string, string>,
  where: Where = {},
): Promise<Reply> {
  return settle(s.discord.sendInteraction({ kind: "modal", customId, fields, ...where }));
}

export function press(
  s: Session,
  customId: string,
  message: APIMessage | undefined,
  where: Where = {},
): Promise<Reply> {
  return settle(
    s.discord.sendInteraction({ kind: "button", customId, ...(message ? { message } : {}), ...where }),
  );
}

export async function autocomplete(
  s: Session,
  name: string,
  subcommand: string,
  focused: string,
  value: string,
  where: Where = {},
): Promise<{ name: string; value: string }[]> {
  const handle = s.discord.sendInteraction({
    kind: "autocomplete",
    name,
    subcommand,
    options: { [focused]: value },
    focused,
    ...where,
  });
  const callback = await handle.waitForCallback(10_000);
  return (record(callback.data).choices ?? []) as { name: string; value: string }[];
}

/** /ask, and the text of the answer (or refusal) card. */
export async function ask(
  s: Session,
  question: string,
  where: Where = {},
): Promise<{ answered: boolean; text: string }> {
  const reply = await command(s, "ask", undefined, { question }, where);
  const embed = embeds(reply.data)[0];
  const text = embed ? embedText(embed) : String(reply.data.content ?? "");
  // Answers come with 👍/👎; a refusal offers suggestions instead.
  const answered = buttons(reply.data).some((button) => button.emoji === "👍");
  return { answered, text };
}

export function embeds(data: Record<string, unknown>): APIEmbed[] {
  return Array.isArray(data.embeds) ? (data.embeds as APIEmbed[]) : [];
}

export function embedText(embed: APIEmbed): string {
  return [
    embed.title ?? "",
    embed.description ?? "",
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    embed.footer?.text ?? "",
  ].join("\n");
}

/** Everything a reply shows: content and embeds. */
export function replyText(data: Record<string, unknown>): string {
  return [String(data.content ?? ""), ...embeds(data).map(embedText)].join("\n");
}

export interface ButtonView {
  customId: string;
  label: string;
  emoji: string;
  disabled: boolean;
}

export function buttons(data: { components?: unknown }): ButtonView[] {
  const rows = Array.isArray(data.components) ? data.components : [];
  return rows.flatMap((row) => {
    const components = record(row).components;
    return (Array.isArray(components) ? components : []).flatMap((component) => {
      const button = record(component);
      if (button.type !== 2 || typeof button.custom_id !== "string") return [];
      return [
        {
          customId: button.custom_id,
          label: typeof button.label === "string" ? button.label : "",
          emoji: String(record(button.emoji).name ?? ""),
          disabled: button.disabled === true,
        },
      ];
    });
  });
}

export function button(data: { components?: unknown }, label: RegExp): ButtonView {
  const found = buttons(data).find((candidate) => label.test(candidate.label));
  if (!found) throw new Error(`no button ${label} in ${JSON.stringify(buttons(data))}`);
  return found;
}

/** A modal's text inputs: custom_id → pre-filled value. */
export function formValues(data: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const component of Array.isArray(data.components) ? data.components : []) {
    const inputs = record(component).component
      ? [record(component).component]
      : (record(component).components ?? []);
    for (const input of Array.isArray(inputs) ? inputs : []) {
      const field = record(input);
      if (typeof field.custom_id === "string") values[field.custom_id] = String(field.value ?? "");
    }
  }
  return values;
}

// ---- the database, read as an operator would ----

/** How many revisions the database holds (read-only: the bot keeps writing). */
export function revisionCount(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return Number(db.prepare("SELECT count(*) FROM revisions").pluck().get());
  } finally {
    db.close();
  }
}

/** node-postgres, as the bot uses it: a test's own session beside the bot's (holding a lock, ending one). */
export interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
export const nodePostgres = createRequire(import.meta.url)("pg") as {
  Client: new (config: { connectionString: string }) => PgClient;
};

/** The bot's warnings and errors so far, by message. */
export function botTroubles(session: Session): string[] {
  return session.bot.lines
    .filter((line) => /"level":"(warn|error)"/.test(line))
    .map((line) => String(JSON.parse(line).msg));
}
