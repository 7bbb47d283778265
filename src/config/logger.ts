/**
 * Structured logs through pino: one JSON object per line on stderr (`level` as a word, `time` in
 * ISO 8601, `msg`), so a process manager or `jq` can read them and stdout stays free for the
 * console mode. Secrets given to the logger are scrubbed from every finished line, whatever
 * carried them there (a field, an error message, a stack trace); fields named like credentials
 * are censored by pino's own redaction.
 *
 * The rest of the code sees the small `Logger` interface below (message first, then fields), so
 * the logging library stays a detail of this file.
 */
import pino, { type DestinationStream, type LevelWithSilent } from "pino";

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number] & LevelWithSilent;

export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line (e.g. the interaction id). */
  child(fields: LogFields): Logger;
  isEnabled(level: Exclude<LogLevel, "silent">): boolean;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; stderr unless a test captures them. */
  sink?: (line: string) => void;
  /** Values that must never appear in a log line (the bot token). */
  redact?: readonly string[];
  clock?: () => Date;
}

export const REDACTED = "[redacted]";

/** Field names whose values are credentials wherever they appear (one level deep too). */
const SECRET_NAMES = new Set(["token", "authorization", "password"]);
const SECRET_FIELDS = [...SECRET_NAMES].flatMap((name) => [name, `*.${name}`]);

/** Shorter values would redact ordinary words (and "" everything); a real secret is long. */
const MIN_SECRET_LENGTH = 8;
const isRealSecret = (secret: string) => secret.length >= MIN_SECRET_LENGTH;

export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.redact ?? [];
  const clock = options.clock;
  const sink = options.sink;
  // Synchronous writes: a line logged just before process.exit() is not lost.
  const destination: DestinationStream = sink ? { write: sink } : pino.destination({ dest: 2, sync: true });
  // Two loggers over one destination: pino's redaction clones each line's fields to censor them,
  // and almost no line has a field named like a credential. Lines (and child loggers) that might
  // go through the redacting one; the rest skip it, with the same output (see `mayHoldSecrets`).
  const root = (redacting: boolean) =>
    pino(
      {
        level: options.level,
        // No pid or hostname on every line: the process manager knows those.
        base: undefined,
        messageKey: "msg",
        timestamp: clock ? () => `,"time":"${clock().toISOString()}"` : pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        serializers: { err: describeError },
        ...(redacting ? { redact: { paths: SECRET_FIELDS, censor: REDACTED } } : {}),
        ...(secrets.some(isRealSecret) ? { hooks: { streamWrite: scrubber(secrets) } } : {}),
      },
      destination,
    );
  return wrap(root, options.level, false);
}

/**
 * Whether pino's redaction could change a line with these fields: a field named like a credential,
 * or one inside a field's value (the paths above go one level deep). `in`, as redaction reads the
 * property whether it is the object's own or inherited.
 */
function mayHoldSecrets(fields: LogFields | undefined): boolean {
  if (!fields) return false;
  for (const key in fields) {
    if (SECRET_NAMES.has(key)) return true;
    const value = fields[key];
    if ((typeof value === "object" && value !== null) || typeof value === "function") {
      for (const name of SECRET_NAMES) if (name in value) return true;
    }
  }
  return false;
}

/**
 * `make` gives the pino logger (redacting or not) on first use. Child loggers are made per
 * interaction, and most write nothing at the configured level: pino's child() serializes and
 * redacts its fields at once, so it is put off until a line is actually written. `secretBindings`:
 * this logger's own fields need redaction, so all its lines do.
 */
function wrap(make: (redacting: boolean) => pino.Logger, level: LogLevel, secretBindings: boolean): Logger {
  const made: { plain?: pino.Logger; redacting?: pino.Logger } = {};
  const instance = (redacting: boolean): pino.Logger => {
    if (redacting) {
      made.redacting ??= make(true);
      return made.redacting;
    }
    made.plain ??= make(false);
    return made.plain;
  };
  // The level is fixed when the logger is made, for it and all its children.
  const enabled = (candidate: Exclude<LogLevel, "silent">) => LEVEL_VALUES[candidate] >= LEVEL_VALUES[level];
  const write = (candidate: Exclude<LogLevel, "silent">) => (message: string, fields?: LogFields) => {
    if (enabled(candidate))
      instance(secretBindings || mayHoldSecrets(fields))[candidate](fields ?? {}, message);
  };
  return {
    level,
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child: (fields) =>
      wrap((redacting) => instance(redacting).child(fields), level, secretBindings || mayHoldSecrets(fields)),
    isEnabled: enabled,
  };
}

const LEVEL_VALUES: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50, silent: Infinity };

/** A logger that drops everything (tests, the console mode before configuration is known). */
export const silentLogger: Logger = createLogger({ level: "silent", sink: () => {} });

/** Replaces every occurrence of each secret, including inside JSON-escaped text. */
export function scrub(text: string, secrets: readonly string[]): string {
  return scrubber(secrets)(text);
}

/**
 * `scrub` for every line of a logger: the spellings to look for (each secret, and its JSON-escaped
 * form where that differs) are worked out once, not per line, and a line is only rebuilt when it
 * holds one, which it almost never does.
 */
function scrubber(secrets: readonly string[]): (text: string) => string {
  const spellings = [
    ...new Set(
      secrets.filter(isRealSecret).flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)]),
    ),
  ];
  return (text) => {
    let out = text;
    for (const spelling of spellings) if (out.includes(spelling)) out = out.replaceAll(spelling, REDACTED);
    return out;
  };
}

/** An error as a log field: what an operator needs (code, HTTP status, route, stack, cause). */
function describeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const extra = value as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    name: value.name,
    message: value.message,
    ...(extra.code !== undefined ? { code: extra.code } : {}),
    ...(extra.status !== undefined ? { status: extra.status } : {}),
    ...(typeof extra.method === "string" ? { method: extra.method } : {}),
    ...(typeof extra.url === "string" ? { url: extra.url } : {}),
    ...(value.stack ? { stack: value.stack } : {}),
    ...(value.cause !== undefined ? { cause: describeError(value.cause) } : {}),
  };
}
