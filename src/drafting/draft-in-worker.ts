import { Worker } from "node:worker_threads";
import type { Draft, DraftInput } from "./draft.ts";
import { type DraftReply, type DraftRequest, FromWorker } from "./draft-messages.ts";

/**
 * `draftArticle` on a worker thread, so that drafting an article (up to a second or so of
 * compromise and chrono-node) never holds the bot's one event loop: members' questions in every
 * server of the shard are answered meanwhile.
 *
 * One worker, started by the first draft and kept for the next ones: loading the drafter's NLP
 * libraries (2–3 s on two busy cores) costs more than drafting a news article (0.1–0.5 s), so a
 * worker per article would make every /source add pay that load. Articles are drafted one at a
 * time, in the order asked (drafting is CPU-bound: a second thread would take the core the bot
 * answers on). The idle worker does not keep the process alive. A worker that exceeds the time
 * limit is terminated (synchronous drafting cannot be interrupted any other way), as is one that
 * crashed, ran out of its heap or sent something malformed; the next draft starts a fresh one.
 *
 * Every outcome is a value: the draft, or one line for the moderator plus a detail for the log.
 * What comes back is checked with the store's schemas here, on the bot's thread (about 30 ms for
 * the largest draft, 300 facts), so nothing unchecked reaches the review or the database.
 */

export type DraftOutcome =
  | { ok: true; draft: Draft }
  | {
      ok: false;
      /** timeout: over the time limit; crashed: the worker died or sent garbage; failed: the drafter threw. */
      problem: "timeout" | "crashed" | "failed";
      /** One line for the moderator: what happened, that nothing was saved, what to do. */
      message: string;
      /** One line for the log (an error's message, never its stack). */
      detail: string;
    };

export interface DrafterOptions {
  /** How long one article may take once the worker is ready. */
  timeLimitMs?: number;
  /** How long a new worker may take to load the drafter. */
  startLimitMs?: number;
  /** The worker's heap: past it, the worker ends (ERR_WORKER_OUT_OF_MEMORY), not the bot. */
  maxHeapMb?: number;
  /** The worker's entry, for tests: a module that answers as draft-worker.ts does. */
  entry?: URL;
}

/**
 * The longest article (50,000 characters) drafts in about 1 s on an idle machine, 3.5 s on two
 * cores shared with other work: the limit leaves room for a busy host, not for a runaway draft.
 */
export const DRAFT_TIME_LIMIT_MS = 20_000;
/** Loading compromise and chrono-node takes 2–5 s on two shared cores (and compiling, under tsx). */
export const DRAFTER_START_LIMIT_MS = 30_000;
/** A 50,000-character article peaks under 50 MB of heap. */
export const DRAFTER_MAX_HEAP_MB = 256;

type Heard<T> = { kind: "message"; message: T } | { kind: "broken"; detail: string } | { kind: "timeout" };

interface Thread {
  worker: Worker;
  /** Whether "ready" came. */
  ready: boolean;
  /** Set when the worker exited or failed: it takes no more jobs. */
  ended?: string;
}

export class Drafter {
  private readonly timeLimitMs: number;
  private readonly startLimitMs: number;
  private readonly maxHeapMb: number;
  private readonly entry: URL | undefined;
  private thread: Thread | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private jobs = 0;
  private live = 0;
  private closed = false;

  constructor(options: DrafterOptions = {}) {
    this.timeLimitMs = options.timeLimitMs ?? DRAFT_TIME_LIMIT_MS;
    this.startLimitMs = options.startLimitMs ?? DRAFTER_START_LIMIT_MS;
    this.maxHeapMb = options.maxHeapMb ?? DRAFTER_MAX_HEAP_MB;
    this.entry = options.entry;
  }

  /** Drafts `input` on the worker, after any article already waiting; never rejects. */
  draft(input: DraftInput): Promise<DraftOutcome> {
    const run = this.queue.then(() => this.run(input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Worker threads started and not yet exited (0 or 1). */
  get liveWorkers(): number {
    return this.live;
  }

  /** Terminates the worker; drafts asked afterwards fail. */
  async close(): Promise<void> {
    this.closed = true;
    const thread = this.thread;
    this.thread = undefined;
    if (thread) await thread.worker.terminate();
  }

  private async run(input: DraftInput): Promise<DraftOutcome> {
    if (this.closed) return crashed("the drafter is closed (the bot is shutting down)");
    const thread = this.thread && !this.thread.ended ? this.thread : this.start();
    thread.worker.ref();
    try {
      if (!thread.ready) {
        const heard = await listen(thread, (m): m is { ready: true } => "ready" in m, this.startLimitMs);
        if (heard.kind !== "message") {
          await this.stop(thread);
          return heard.kind === "timeout"
            ? crashed(`the drafter did not load within ${seconds(this.startLimitMs)}`)
            : crashed(heard.detail);
        }
        thread.ready = true;
      }
      const job = ++this.jobs;
      const request: DraftRequest = {
        job,
        input: {
          text: input.text,
          outlet: input.outlet,
          date: input.date,
          ...(input.url !== undefined ? { url: input.url } : {}),
          ...(input.title !== undefined ? { title: input.title } : {}),
          known: [...(input.known ?? [])],
          takenIds: [...(input.takenIds ?? [])],
        },
      };
      thread.worker.postMessage(request);
      const heard = await listen(
        thread,
        (m): m is DraftReply => "job" in m && (m.job === job || m.job === -1),
        this.timeLimitMs,
      );
      if (heard.kind === "timeout") {
        await this.stop(thread);
        return {
          ok: false,
          problem: "timeout",
          message: `Drafting that article took longer than ${seconds(this.timeLimitMs)}, so I stopped it; nothing was saved. Send a shorter article, or split it in two.`,
          detail: `over the ${seconds(this.timeLimitMs)} limit (${input.text.length} characters); the worker was terminated`,
        };
      }
      if (heard.kind === "broken") {
        await this.stop(thread);
        return crashed(heard.detail);
      }
      const reply = heard.message;
      if (reply.ok) return { ok: true, draft: reply.draft };
      return {
        ok: false,
        problem: "failed",
        message:
          "I could not draft that article (the drafter failed on it); nothing was saved. Whoever runs the bot can see why in its log.",
        detail: reply.error,
      };
    } finally {
      // An idle worker does not keep the process alive.
      if (!thread.ended) thread.worker.unref();
    }
  }

  private start(): Thread {
    const entry =
      this.entry ?? new URL(`./draft-worker.${typeScript(import.meta.url) ? "ts" : "js"}`, import.meta.url);
    const resourceLimits = { maxOldGenerationSizeMb: this.maxHeapMb };
    const worker = typeScript(entry.href)
      ? // Under tsx (npm run dev, the tests), a worker does not get tsx's module hooks, even with
        // tsx in its execArgv (https://github.com/privatenumber/tsx/issues/354): it registers
        // them itself, then imports its entry. In dist/ the entry is JavaScript, and tsx is not
        // needed (nor installed).
        new Worker(
          `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`,
          { eval: true, resourceLimits },
        )
      : new Worker(entry, { resourceLimits });
    const thread: Thread = { worker, ready: false };
    this.live++;
    // Always listened to: an error event with no listener would end the bot's process.
    worker.on("error", (error: Error) => {
      thread.ended ??= firstLine(error.message);
    });
    worker.once("exit", (code: number) => {
      this.live--;
      thread.ended ??= `the worker exited (code ${code})`;
      if (this.thread === thread) this.thread = undefined;
    });
    this.thread = thread;
    return thread;
  }

  private async stop(thread: Thread): Promise<void> {
    thread.ended ??= "stopped";
    if (this.thread === thread) this.thread = undefined;
    await thread.worker.terminate();
  }
}

/** The first of: a message `accept` takes, the worker failing or exiting, the time limit. */
function listen<T extends FromWorker>(
  thread: Thread,
  accept: (message: FromWorker) => message is T,
  ms: number,
): Promise<Heard<T>> {
  const { worker } = thread;
  return new Promise((resolve) => {
    if (thread.ended) {
      resolve({ kind: "broken", detail: thread.ended });
      return;
    }
    const done = (heard: Heard<T>) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("messageerror", onMessageError);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(heard);
    };
    const onMessage = (value: unknown) => {
      const parsed = FromWorker.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        done({
          kind: "broken",
          detail: `the worker sent a malformed message (${issue ? `${issue.path.join(".")}: ${issue.message}` : "unreadable"})`,
        });
      } else if (accept(parsed.data)) done({ kind: "message", message: parsed.data });
    };
    const onMessageError = () =>
      done({ kind: "broken", detail: "the worker sent a message that could not be read" });
    const onError = (error: Error) => done({ kind: "broken", detail: firstLine(error.message) });
    const onExit = (code: number) => done({ kind: "broken", detail: `the worker exited (code ${code})` });
    const timer = setTimeout(() => done({ kind: "timeout" }), ms);
    worker.on("message", onMessage);
    worker.on("messageerror", onMessageError);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
}

function crashed(detail: string): DraftOutcome {
  return {
    ok: false,
    problem: "crashed",
    message:
      "The drafter stopped before it finished that article; nothing was saved. Please try again; if it happens again, whoever runs the bot can see why in its log.",
    detail,
  };
}

function typeScript(url: string): boolean {
  return /\.ts$/.test(new URL(url).pathname);
}

function firstLine(text: string): string {
  return text.split("\n")[0]?.trim() || "no message";
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} seconds` : `${(ms / 1000).toFixed(1)} seconds`;
}

/** The bot's drafter: one per process, its worker started by the first /source add. */
let shared: Drafter | undefined;

export function draftInWorker(input: DraftInput): Promise<DraftOutcome> {
  shared ??= new Drafter();
  return shared.draft(input);
}
