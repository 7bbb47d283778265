/**
 * Structured logs: one JSON object per line on stderr, so a process manager or `jq` can read them
 * and stdout stays free for the console mode. Secrets given to the logger are scrubbed from every
 * line, whatever carried them there (a field, an error message, a stack trace).
 */

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

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

export function createLogger(options: LoggerOptions): Logger {
  const sink = options.sink ?? ((line: string) => process.stderr.write(line));
  const secrets = options.redact ?? [];
  const clock = options.clock ?? (() => new Date());
  const threshold = SEVERITY[options.level];

  const make = (bound: LogFields): Logger => {
    const write = (level: Exclude<LogLevel, "silent">, message: string, fields?: LogFields) => {
      if (SEVERITY[level] < threshold) return;
      const record = { time: clock().toISOString(), level, msg: message, ...bound, ...fields };
      sink(`${scrub(serialize(record), secrets)}\n`);
    };
    return {
      level: options.level,
      debug: (message, fields) => write("debug", message, fields),
      info: (message, fields) => write("info", message, fields),
      warn: (message, fields) => write("warn", message, fields),
      error: (message, fields) => write("error", message, fields),
      child: (fields) => make({ ...bound, ...fields }),
      isEnabled: (level) => SEVERITY[level] >= threshold,
    };
  };
  return make({});
}

/** A logger that drops everything (tests, the console mode before configuration is known). */
export const silentLogger: Logger = createLogger({ level: "silent", sink: () => {} });

/** Shorter values would redact ordinary words (and "" everything); a real secret is long. */
const MIN_SECRET_LENGTH = 8;

/** Replaces every occurrence of each secret, including inside JSON-escaped text. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    out = out.replaceAll(secret, REDACTED);
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.replaceAll(escaped, REDACTED);
  }
  return out;
}

/** JSON that survives what logs receive: errors (with cause and stack), bigints, cycles. */
export function serialize(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === "bigint") return item.toString();
    if (item instanceof Error) return describeError(item);
    if (typeof item === "object" && item !== null) {
      if (seen.has(item)) return "[circular]";
      seen.add(item);
    }
    return item;
  });
}

function describeError(error: Error): Record<string, unknown> {
  const extra = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(extra.code !== undefined ? { code: extra.code } : {}),
    ...(extra.status !== undefined ? { status: extra.status } : {}),
    ...(typeof extra.method === "string" ? { method: extra.method } : {}),
    ...(typeof extra.url === "string" ? { url: extra.url } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
    ...(error.cause !== undefined ? { cause: error.cause } : {}),
  };
}
