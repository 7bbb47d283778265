import { describe, expect, it } from "vitest";
import { PrometheusMetrics } from "../src/observability/metrics.ts";

const sample = (body: string, series: string): number | undefined => {
  const line = body.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe("Prometheus metrics", () => {
  it("counts interactions and questions once each, however often /metrics is read", async () => {
    const metrics = new PrometheusMetrics();
    const interactions = 'attache_interactions_total{kind="command",command="ask",outcome="ok"}';
    expect(sample((await metrics.exposition()).body, 'attache_questions_total{result="answered"}')).toBe(0);
    metrics.interaction("command", "ask", "ok", 0.004);
    metrics.interaction("command", "ask", "ok", 0.02);
    metrics.question("answered");
    metrics.question("refused");
    let body = (await metrics.exposition()).body;
    expect(sample(body, interactions)).toBe(2);
    expect(sample(body, 'attache_questions_total{result="answered"}')).toBe(1);
    expect(sample(body, 'attache_questions_total{result="refused"}')).toBe(1);
    expect(sample(body, 'attache_answer_latency_seconds_count{kind="command"}')).toBe(2);
    body = (await metrics.exposition()).body;
    expect(sample(body, interactions)).toBe(2);
    metrics.interaction("command", "ask", "ok", 0.004);
    metrics.interaction("button", "sources", "stale", 0.001);
    body = (await metrics.exposition()).body;
    expect(sample(body, interactions)).toBe(3);
    expect(sample(body, 'attache_interactions_total{kind="button",command="sources",outcome="stale"}')).toBe(
      1,
    );
    expect(sample(body, 'attache_questions_total{result="limited"}')).toBe(0);
  });
});
