/**
 * Runs Attaché the way a user does: `node --import tsx src/main.ts` (or another script) as a child
 * process, configured only through its environment, with every stdout/stderr line captured.
 *
 * `node` is spawned directly (not `npx tsx` or `npm start`): signals sent to npx do not reach the
 * grandchild, so a SIGTERM test would test npx, and a crashed test could leave a bot running.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { KNOWN_VARIABLES } from "../../../src/config/env.ts";

export const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..", "..");
/** The seed article alone: what the end-to-end specs expect, whatever else curators add to data/. */
export const DATA_DIR = resolve(
  PROJECT_ROOT,
  "data",
  "sources",
  "2024-04-17-news-az-aliyev-receives-cica-secretary-general",
);

export interface OutputLine {
  stream: "stdout" | "stderr";
  text: string;
  at: number;
}

/** One JSON log line (src/config/logger.ts): time, level, msg, then the fields. */
export type LogRecord = { time: string; level: string; msg: string } & Record<string, unknown>;

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Wait for the n-th matching line (counting ones already printed). Default 1. */
  count?: number;
}

/** Every child any test started, so that none outlives the test worker. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * The database when a test does not choose one (CLI runs that never open it): somewhere harmless
 * in the temp folder, never the project's own data/attache.db. Tests that start a bot pass a
 * fresh folder of their own.
 */
const UNUSED_DATABASE = join(tmpdir(), "attache-e2e-unused", "attache.db");

/**
 * The child's environment: the parent's, minus anything that configures Attaché, plus every
 * variable Attaché reads set explicitly. An explicit (even empty) value also keeps a developer's
 * own `.env` out of the test: dotenv never overrides a variable that is already set.
 */
export function childEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(DISCORD_|COOLDOWN_|DEPLOY_COMMANDS|FAKE_DISCORD)/.test(name)) continue;
    env[name] = value;
  }
  for (const name of KNOWN_VARIABLES) env[name] = "";
  return {
    ...env,
    NO_COLOR: "1",
    LOG_LEVEL: "info",
    DATA_DIR,
    COOLDOWN_SECONDS: "0",
    DEPLOY_COMMANDS_ON_START: "false",
    DATABASE_PATH: UNUSED_DATABASE,
    ...overrides,
  };
}

export interface ChildRun {
  readonly pid: number;
  readonly lines: readonly OutputLine[];
  /** stderr lines that are JSON log records, in order. */
  logs(): LogRecord[];
  /** Everything printed so far, both streams, for assertions and failure messages. */
  output(): string;
  /** Null while running. */
  readonly exitStatus: ExitStatus | null;
  /** Resolves when the child has exited and its output is complete; never rejects. */
  readonly exited: Promise<ExitStatus>;
  /** Resolves with the first (past or future) log record matching `predicate`. */
  waitForLog(
    predicate: (record: LogRecord) => boolean,
    what: string,
    options?: WaitOptions,
  ): Promise<LogRecord>;
  waitForExit(timeoutMs?: number): Promise<ExitStatus>;
  /** Sends `signal` and waits for the exit; SIGKILLs and throws if the child does not end in time. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<ExitStatus>;
  /** SIGKILL without waiting (cleanup after a failure). */
  kill(): void;
}

interface LineWaiter {
  matches: (line: OutputLine) => boolean;
  resolve: (line: OutputLine) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export function parseLog(text: string): LogRecord | undefined {
  if (!text.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record.level !== "string" || typeof record.msg !== "string") return undefined;
    return record as LogRecord;
  } catch {
    return undefined;
  }
}

/** Starts `node [...nodeArgs] --import tsx <script> ...args` in the project root. */
export function runNode(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  nodeArgs: readonly string[] = [],
): ChildRun {
  return runProcess(process.execPath, [...nodeArgs, "--import", "tsx", script, ...args], env, script);
}

/** Starts `npm run <name> -- ...args`: only for short-lived scripts (a signal would stop npm, not them). */
export function runNpmScript(name: string, args: readonly string[], env: NodeJS.ProcessEnv): ChildRun {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  return runProcess(
    npm,
    ["run", "--silent", name, ...(args.length ? ["--", ...args] : [])],
    env,
    `npm run ${name}`,
  );
}

export function runProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  script: string,
): ChildRun {
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env,
    // No stdin: with DISCORD_TOKEN unset the bot would otherwise look for a terminal.
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: OutputLine[] = [];
  // A command that cannot be started emits "error" (then "close"); unheard, the event would throw.
  child.on("error", (error) => {
    lines.push({ stream: "stderr", text: `spawn error: ${error.message}`, at: Date.now() });
  });
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  running.add(child);

  const waiters = new Set<LineWaiter>();
  let exitStatus: ExitStatus | null = null;
  // "close" rather than "exit": it comes once the pipes are drained, so `lines` is complete.
  const exited = new Promise<ExitStatus>((resolveExit) => {
    child.once("close", (code, signal) => {
      running.delete(child);
      exitStatus = { code, signal };
      resolveExit(exitStatus);
      failPendingWaits();
    });
  });
  // Pending waits fail as soon as the child is gone, instead of at their timeout.
  const failPendingWaits = () => {
    for (const waiter of [...waiters]) {
      clearTimeout(waiter.timer);
      waiters.delete(waiter);
      waiter.reject(
        new Error(`${script} exited (${describeExit(exitStatus)}) before the awaited line.\n${tail()}`),
      );
    }
  };

  const collect = (stream: "stdout" | "stderr") => {
    let pending = "";
    const source = stream === "stdout" ? child.stdout : child.stderr;
    source?.setEncoding("utf8");
    source?.on("data", (chunk: string) => {
      pending += chunk;
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        push({ stream, text: pending.slice(0, newline), at: Date.now() });
        pending = pending.slice(newline + 1);
        newline = pending.indexOf("\n");
      }
    });
    source?.on("end", () => {
      if (pending) push({ stream, text: pending, at: Date.now() });
      pending = "";
    });
  };
  const push = (line: OutputLine) => {
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (!waiter.matches(line)) continue;
      clearTimeout(waiter.timer);
      waiters.delete(waiter);
      waiter.resolve(line);
    }
  };
  collect("stdout");
  collect("stderr");

  const output = () => lines.map((line) => `[${line.stream}] ${line.text}`).join("\n");
  const tail = () => {
    const last = lines.slice(-40);
    return `Last ${last.length} output line(s) of ${script} (pid ${child.pid}):\n${
      last.map((line) => `  [${line.stream}] ${line.text}`).join("\n") || "  (none)"
    }`;
  };

  const run: ChildRun = {
    pid: child.pid,
    lines,
    get exitStatus() {
      return exitStatus;
    },
    exited,
    logs: () => lines.flatMap((line) => (line.stream === "stderr" ? (parseLog(line.text) ?? []) : [])),
    output,
    waitForLog(predicate, what, { timeoutMs = 10_000, count = 1 } = {}) {
      let seen = 0;
      const matches = (line: OutputLine) => {
        if (line.stream !== "stderr") return false;
        const record = parseLog(line.text);
        if (!record || !predicate(record)) return false;
        seen += 1;
        return seen >= count;
      };
      const found = lines.find(matches);
      if (found) return Promise.resolve(parseLog(found.text) as LogRecord);
      if (exitStatus) {
        return Promise.reject(
          new Error(
            `${script} already exited (${describeExit(exitStatus)}); no log line "${what}".\n${tail()}`,
          ),
        );
      }
      return new Promise<LogRecord>((resolveWait, rejectWait) => {
        const waiter: LineWaiter = {
          matches,
          resolve: (line) => resolveWait(parseLog(line.text) as LogRecord),
          reject: rejectWait,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            rejectWait(
              new Error(`Timed out after ${timeoutMs}ms waiting for the log line "${what}".\n${tail()}`),
            );
          }, timeoutMs),
        };
        waiters.add(waiter);
      });
    },
    async waitForExit(timeoutMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, rejectWait) => {
        timer = setTimeout(
          () => rejectWait(new Error(`${script} did not exit within ${timeoutMs}ms.\n${tail()}`)),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    // Longer than the bot's own 10 s shutdown timeout, so that one is what a hung stop reports.
    async stop(signal = "SIGTERM", timeoutMs = 15_000) {
      if (exitStatus) return exitStatus;
      child.kill(signal);
      try {
        return await run.waitForExit(timeoutMs);
      } catch (error) {
        child.kill("SIGKILL");
        throw error;
      }
    },
    kill() {
      if (!exitStatus) child.kill("SIGKILL");
    },
  };
  return run;
}

export interface Finished {
  status: ExitStatus;
  stdout: string;
  stderr: string;
  run: ChildRun;
}

/** Waits for a started script to finish (CLI checks): exit status and output. */
export async function runToExit(run: ChildRun, timeoutMs = 45_000): Promise<Finished> {
  let status: ExitStatus;
  try {
    status = await run.waitForExit(timeoutMs);
  } catch (error) {
    run.kill();
    throw error;
  }
  const text = (stream: OutputLine["stream"]) =>
    run.lines
      .filter((line) => line.stream === stream)
      .map((line) => line.text)
      .join("\n");
  return { status, stdout: text("stdout"), stderr: text("stderr"), run };
}

function describeExit(status: ExitStatus | null): string {
  if (!status) return "still running";
  return status.signal ? `signal ${status.signal}` : `code ${status.code}`;
}
