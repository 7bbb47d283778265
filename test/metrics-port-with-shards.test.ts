/**
 * With shards, each shard serves /healthz and /metrics on METRICS_PORT + its shard id. A
 * METRICS_PORT so high that a shard's port would pass 65535 is named at start-up, in one line,
 * before any shard starts, rather than a shard dying with Node's "options.port should be >= 0
 * and < 65536" (which names no setting).
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/env.ts";
import { PrometheusMetrics } from "../src/observability/metrics.ts";
import { startObservabilityServer } from "../src/observability/server.ts";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

describe("METRICS_PORT with a fixed SHARD_COUNT", () => {
  it("is refused when the last shard's port would pass 65535, naming both settings", () => {
    const result = loadConfig({ DISCORD_TOKEN: TOKEN, METRICS_PORT: "65535", SHARD_COUNT: "2" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      "METRICS_PORT 65535 leaves no port for shard 1: each shard serves on METRICS_PORT + its id, so with SHARD_COUNT=2 METRICS_PORT is at most 65534",
    ]);
  });

  it("is taken when every shard's port exists, counting only this host's SHARD_IDS", () => {
    const port = (extra: Record<string, string>) => {
      const result = loadConfig({ DISCORD_TOKEN: TOKEN, METRICS_PORT: "65534", ...extra });
      return result.ok ? result.config.metrics?.port : "refused";
    };
    expect(port({ SHARD_COUNT: "2" })).toBe(65534);
    expect(port({ SHARD_COUNT: "4", SHARD_IDS: "0,1" })).toBe(65534);
    expect(port({ SHARD_COUNT: "4", SHARD_IDS: "2,3" })).toBe("refused");
  });
});

describe("a shard whose METRICS_PORT + id passes 65535 (SHARD_COUNT=auto)", () => {
  it("stops with one line naming METRICS_PORT, not Node's range error", async () => {
    const started = await startObservabilityServer({
      port: 65536,
      host: "127.0.0.1",
      metrics: new PrometheusMetrics(),
      health: () => ({ gateway: true, database: true }),
    });
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.problem).toBe(
      "METRICS_PORT + this shard's id is 65536, past the last port (65535): choose a lower METRICS_PORT",
    );
  });
});
