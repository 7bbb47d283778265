import { join } from "node:path";
import { inspect } from "node:util";
import { z } from "zod";
import { LOG_LEVELS, type LogLevel } from "./logger.ts";
import { dataDirectory, PROJECT_ROOT } from "./paths.ts";

/**
 * A value that must never be printed. Every way of turning it into text (template strings,
 * JSON, console.log, util.inspect) gives "[redacted]"; only `reveal()` hands it out, so each
 * place that needs the real value is easy to find.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return "[redacted]";
  }
  toJSON(): string {
    return "[redacted]";
  }
  [inspect.custom](): string {
    return "Secret([redacted])";
  }
}

export interface Config {
  /** Absent: no Discord connection (the console mode on a terminal). */
  token?: Secret;
  applicationId?: string;
  /** REST base such as http://127.0.0.1:8080/api (a proxy or a test server); Discord's otherwise. */
  apiUrl?: string;
  devGuildId?: string;
  deployCommandsOnStart: boolean;
  /** Only needed to read server messages that do not mention the bot; mentions and DMs come without it. */
  messageContentIntent: boolean;
  logLevel: LogLevel;
  cooldown: { questions: number; seconds: number };
  dataDir: string;
  /** The SQLite file holding each server's edits, settings, feedback and unanswered questions. */
  databasePath: string;
  /** A PostgreSQL server instead of the SQLite file (DATABASE_URL); its password is a secret. */
  databaseUrl?: Secret;
  /** Serve /healthz and /metrics on this port (off when absent). */
  metrics?: { port: number; host: string };
  /**
   * SHARD_COUNT (and SHARD_IDS): run discord.js's sharding, one process per shard. Absent: one
   * process holds the whole gateway connection, as without sharding.
   */
  sharding?: Sharding;
}

/** `count` "auto" asks Discord (GET /gateway/bot); `ids` absent: every shard runs on this host. */
export interface Sharding {
  count: number | "auto";
  ids?: number[];
}

/** The last TCP port. */
const MAX_PORT = 65_535;

/** Discord's ceiling for one bot is far below this; a larger number is a typo. */
export const MAX_SHARDS = 4096;

export type ConfigResult =
  | { ok: true; config: Config; warnings: string[] }
  | { ok: false; problems: string[] };

/** The one-line hint shown whenever there is no token. */
export const CONNECT_NOTE =
  "To connect to Discord, set DISCORD_TOKEN in .env (see .env.example), then run `npm start` again.";

/** Every variable the bot reads, so a typo such as DISCORD_TOKN can be pointed out. */
export const KNOWN_VARIABLES = [
  "DISCORD_TOKEN",
  "DISCORD_APPLICATION_ID",
  "DISCORD_API_URL",
  "DISCORD_DEV_GUILD_ID",
  "DISCORD_MESSAGE_CONTENT_INTENT",
  "DEPLOY_COMMANDS_ON_START",
  "LOG_LEVEL",
  "COOLDOWN_QUESTIONS",
  "COOLDOWN_SECONDS",
  "DATA_DIR",
  "DATABASE_PATH",
  "DATABASE_URL",
  "METRICS_PORT",
  "METRICS_HOST",
  "SHARD_COUNT",
  "SHARD_IDS",
] as const;

/** An unset variable and an empty one (`DISCORD_DEV_GUILD_ID=` in .env) mean the same: not given. */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === ""
    ? undefined
    : typeof value === "string"
      ? value.trim()
      : value;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** A Discord id (guild, user, application): 17 to 20 digits. */
export const SNOWFLAKE = /^\d{17,20}$/;
const Snowflake = z.string().regex(SNOWFLAKE, "must be a Discord id: 17 to 20 digits");

const Flag = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], "must be true or false"))
  .transform((value) => ["true", "1", "yes", "on"].includes(value));

const Count = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/**
 * The token is checked for shape only: the messages never quote it, and pasted tokens often carry
 * a "Bot " prefix that the REST client adds again, so it is taken off here.
 */
const Token = z
  .string()
  .transform((value) => value.replace(/^bot\s+/i, ""))
  .superRefine((value, ctx) => {
    const problem = tokenProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => new Secret(value));

function tokenProblem(token: string): string | undefined {
  if (/\s/.test(token)) return "contains spaces or line breaks; paste the token exactly as issued";
  if (!/^[\w.-]+$/.test(token)) return "has characters a Discord token never has";
  if (token.length < 20) return "is too short to be a Discord bot token";
  return undefined;
}

const ApiUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:8080/api" })
  // discord.js appends /v10/...; a trailing slash would make the paths start with '//'.
  .transform((value) => value.replace(/\/+$/, ""))
  // With the version already in it, every request would go to .../v10/v10/... and fail with 404.
  .refine(
    (value) => !/\/v\d+$/i.test(value),
    "must be the REST base without the API version (…/api, not …/api/v10)",
  )
  // Never repeated in a message or a log line: the password of a REST proxy is a secret.
  .refine((value) => {
    const url = new URL(value);
    return url.username === "" && url.password === "";
  }, "must not hold a user name or password: Discord's REST client refuses such addresses");

/** Listening address for /healthz and /metrics: an IP address or a host name, no port. */
const Host = z
  .string()
  // A host name has at most 253 characters, in parts of at most 63 (what the resolver accepts).
  .refine(
    (value) =>
      /^[\w.:-]+$/.test(value) && value.length <= 253 && value.split(".").every((part) => part.length <= 63),
    "must be an address such as 127.0.0.1 or 0.0.0.0",
  );

const ShardCount = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(
    z.union(
      [z.literal("auto"), Count(1, MAX_SHARDS)],
      `must be auto or a whole number from 1 to ${MAX_SHARDS}`,
    ),
  );

/** `0,2`: the shards this host runs, when several hosts share the shards. */
const ShardIds = z
  .string()
  .regex(/^\d+(\s*,\s*\d+)*$/, "must be shard numbers separated by commas, such as 0,2")
  .transform((value) => value.split(",").map((part) => Number(part.trim())))
  .refine((ids) => new Set(ids).size === ids.length, "names a shard twice");

const Schema = z.object({
  DISCORD_TOKEN: optional(Token),
  DISCORD_APPLICATION_ID: optional(Snowflake),
  DISCORD_API_URL: optional(ApiUrl),
  DISCORD_DEV_GUILD_ID: optional(Snowflake),
  DISCORD_MESSAGE_CONTENT_INTENT: optional(Flag).default(false),
  DEPLOY_COMMANDS_ON_START: optional(Flag).default(false),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof blankToUndefined(value) === "string" ? String(value).trim().toLowerCase() : undefined),
    z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(", ")}`).default("info"),
  ),
  COOLDOWN_QUESTIONS: optional(Count(1, 1000)).default(3),
  COOLDOWN_SECONDS: optional(Count(0, 3600)).default(10),
  DATA_DIR: optional(z.string()),
  DATABASE_PATH: optional(z.string()),
  // The value is never repeated in a message: it may hold a password.
  DATABASE_URL: optional(
    z
      .string()
      .refine(
        (value) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/i.test(value) && URL.canParse(value),
        "must be a PostgreSQL address: postgres://user:password@host:5432/database",
      )
      .transform((value) => new Secret(value)),
  ),
  METRICS_PORT: optional(Count(1, MAX_PORT)),
  METRICS_HOST: optional(Host).default("127.0.0.1"),
  SHARD_COUNT: optional(ShardCount),
  SHARD_IDS: optional(ShardIds),
});

/**
 * Reads the configuration from an environment (process.env after dotenv). Each problem is one
 * line naming the variable; no line ever contains the token's value.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = Schema.safeParse(env);
  if (!parsed.success) {
    // One line per variable: the first thing wrong with it is enough to act on.
    const byVariable = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "configuration");
      if (!byVariable.has(name)) byVariable.set(name, `${name} ${issue.message}`);
    }
    return { ok: false, problems: [...byVariable.values()] };
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (values.DEPLOY_COMMANDS_ON_START && !values.DISCORD_TOKEN) {
    problems.push("DEPLOY_COMMANDS_ON_START needs DISCORD_TOKEN: commands can only be deployed by the bot");
  }
  const shardProblem = shardingProblem(values.SHARD_COUNT, values.SHARD_IDS);
  if (shardProblem) problems.push(shardProblem);
  // Each shard serves on METRICS_PORT + its id (with `auto`, the count is known only later).
  const count = values.SHARD_COUNT;
  if (values.METRICS_PORT && typeof count === "number") {
    const last = values.SHARD_IDS ? Math.max(...values.SHARD_IDS) : count - 1;
    if (values.METRICS_PORT + last > MAX_PORT) {
      problems.push(
        `METRICS_PORT ${values.METRICS_PORT} leaves no port for shard ${last}: each shard serves on METRICS_PORT + its id, so with ${values.SHARD_IDS ? `SHARD_IDS up to ${last}` : `SHARD_COUNT=${count}`} METRICS_PORT is at most ${MAX_PORT - last}`,
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const config: Config = {
    ...(values.DISCORD_TOKEN ? { token: values.DISCORD_TOKEN } : {}),
    ...(values.DISCORD_APPLICATION_ID ? { applicationId: values.DISCORD_APPLICATION_ID } : {}),
    ...(values.DISCORD_API_URL ? { apiUrl: values.DISCORD_API_URL } : {}),
    ...(values.DISCORD_DEV_GUILD_ID ? { devGuildId: values.DISCORD_DEV_GUILD_ID } : {}),
    deployCommandsOnStart: values.DEPLOY_COMMANDS_ON_START,
    messageContentIntent: values.DISCORD_MESSAGE_CONTENT_INTENT,
    logLevel: values.LOG_LEVEL,
    cooldown: { questions: values.COOLDOWN_QUESTIONS, seconds: values.COOLDOWN_SECONDS },
    // Always an explicit path: the result depends on `env` alone, not on process.env.
    dataDir: dataDirectory(values.DATA_DIR ?? join(PROJECT_ROOT, "data")),
    databasePath: values.DATABASE_PATH ?? join(PROJECT_ROOT, "data", "attache.db"),
    ...(values.DATABASE_URL ? { databaseUrl: values.DATABASE_URL } : {}),
    ...(values.METRICS_PORT ? { metrics: { port: values.METRICS_PORT, host: values.METRICS_HOST } } : {}),
    ...(values.SHARD_COUNT !== undefined
      ? { sharding: { count: values.SHARD_COUNT, ...(values.SHARD_IDS ? { ids: values.SHARD_IDS } : {}) } }
      : {}),
  };
  const warnings = unknownVariables(env);
  if (config.sharding && !config.token) {
    warnings.push("SHARD_COUNT is ignored without DISCORD_TOKEN: the console runs in one process");
  }
  return { ok: true, config, warnings };
}

/** SHARD_IDS only makes sense with SHARD_COUNT, and only names shards that exist. */
function shardingProblem(count: number | "auto" | undefined, ids: number[] | undefined): string | undefined {
  if (!ids) return undefined;
  if (count === undefined) return "SHARD_IDS needs SHARD_COUNT: the total number of shards across every host";
  if (count === "auto") return "SHARD_IDS needs a fixed SHARD_COUNT (a number): every host must agree on it";
  const outside = ids.find((id) => id >= count);
  return outside === undefined
    ? undefined
    : `SHARD_IDS names shard ${outside}, but SHARD_COUNT=${count} has shards 0 to ${count - 1}`;
}

/**
 * The token, or a one-line explanation of why a command that must talk to Discord cannot, naming
 * the command to run again (not `npm start`: the operator ran another one).
 */
export function requireToken(
  config: Config,
  command: string,
): { ok: true; token: Secret } | { ok: false; problem: string } {
  return config.token
    ? { ok: true, token: config.token }
    : {
        ok: false,
        problem: `DISCORD_TOKEN is not set. To talk to Discord, set it in .env (see .env.example), then run \`${command}\` again.`,
      };
}

/** Variables that look like ours but are not, with the likely intended name. */
function unknownVariables(env: Readonly<Record<string, string | undefined>>): string[] {
  const known = new Set<string>(KNOWN_VARIABLES);
  const ours = /^(DISCORD_|COOLDOWN_|DEPLOY_COMMANDS|METRICS_|DATABASE_|SHARD_)/;
  return Object.keys(env)
    .filter((name) => ours.test(name) && !known.has(name))
    .map((name) => {
      const guess = KNOWN_VARIABLES.find((candidate) => editDistance(candidate, name) <= 2);
      return `${name} is not a setting Attaché reads${guess ? ` (did you mean ${guess}?)` : ""}`;
    });
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
