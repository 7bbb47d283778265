/**
 * What an operator graphs and alerts on, as Prometheus metrics (prom-client): interactions by
 * kind, command and outcome, how long answering took, questions answered and refused, errors,
 * gateway reconnects, plus Node's own process metrics. Without METRICS_PORT the bot records
 * nothing (`noMetrics`), so the reply path pays for metrics only when someone reads them.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Where an interaction came from: slash command, autocomplete, button, form, or a message (DM or mention). */
export type InteractionKind = "command" | "autocomplete" | "button" | "form" | "message" | "other";

export interface Metrics {
  /** One handled interaction or message question: what it was, how it ended, how long it took. */
  interaction(kind: InteractionKind, name: string, outcome: string, seconds: number): void;
  /** A question asked on any surface: answered from a fact, refused, or held back by the cooldown. */
  question(result: "answered" | "refused" | "limited"): void;
  /** Something failed that an operator should look at (the log line has the details). */
  error(source: string): void;
  gatewayReconnect(): void;
}

/** Records nothing: the console, unit tests, and a bot without METRICS_PORT. */
export const noMetrics: Metrics = {
  interaction: () => undefined,
  question: () => undefined,
  error: () => undefined,
  gatewayReconnect: () => undefined,
};

/** Answer latencies of a chat bot: a few milliseconds when idle, seconds when Discord is slow. */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * Counts kept by us between scrapes and handed to prom-client when /metrics is read (its `collect`
 * hook), so an interaction costs a Map lookup, not prom-client's label hashing and validation
 * (keys sorted and joined on every `inc`). One entry per series, as prom-client keeps itself, so
 * nothing grows between scrapes but the counts, however long nobody reads them.
 */
class PendingCounts<L extends string> {
  readonly #counts = new Map<string, { labels: Record<L, string>; count: number }>();

  add(key: string, labels: () => Record<L, string>): void {
    const entry = this.#counts.get(key);
    if (entry) entry.count++;
    else this.#counts.set(key, { labels: labels(), count: 1 });
  }

  /** Moves the counts into the counter, leaving none pending. */
  flushInto(counter: Counter<L>): void {
    for (const entry of this.#counts.values()) {
      if (entry.count === 0) continue;
      counter.inc(entry.labels, entry.count);
      entry.count = 0;
    }
  }
}

export class PrometheusMetrics implements Metrics {
  readonly registry = new Registry();
  readonly #pendingInteractions = new PendingCounts<"kind" | "command" | "outcome">();
  readonly #pendingQuestions = new PendingCounts<"result">();
  readonly #interactions: Counter<"kind" | "command" | "outcome"> = new Counter({
    name: "attache_interactions_total",
    help: "Interactions and message questions handled, by kind, command and outcome.",
    labelNames: ["kind", "command", "outcome"] as const,
    registers: [this.registry],
    collect: () => this.#pendingInteractions.flushInto(this.#interactions),
  });
  readonly #latency = new Histogram({
    name: "attache_answer_latency_seconds",
    help: "From receiving an interaction or message to having answered it.",
    labelNames: ["kind"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly #questions: Counter<"result"> = new Counter({
    name: "attache_questions_total",
    help: "Questions asked (/ask, DMs, mentions, suggestion buttons) by result: answered, refused or limited by the cooldown.",
    labelNames: ["result"] as const,
    registers: [this.registry],
    collect: () => this.#pendingQuestions.flushInto(this.#questions),
  });
  readonly #errors = new Counter({
    name: "attache_errors_total",
    help: "Failures logged at error level, by where they happened.",
    labelNames: ["source"] as const,
    registers: [this.registry],
  });
  readonly #reconnects = new Counter({
    name: "attache_gateway_reconnects_total",
    help: "Times the gateway connection was lost and discord.js reconnected.",
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Present from the start at 0, so a rate() or an alert has a series before the first event.
    for (const result of ["answered", "refused", "limited"] as const) this.#questions.inc({ result }, 0);
    this.#reconnects.inc(0);
  }

  interaction(kind: InteractionKind, name: string, outcome: string, seconds: number): void {
    this.#pendingInteractions.add(`${kind}\u0000${name}\u0000${outcome}`, () => ({
      kind,
      command: name,
      outcome,
    }));
    this.#latency.observe({ kind }, seconds);
  }

  question(result: "answered" | "refused" | "limited"): void {
    this.#pendingQuestions.add(result, () => ({ result }));
  }

  error(source: string): void {
    this.#errors.inc({ source });
  }

  gatewayReconnect(): void {
    this.#reconnects.inc();
  }

  /** The text exposition format, and its content type, for GET /metrics. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
