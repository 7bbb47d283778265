/**
 * The optional HTTP port (METRICS_PORT): `GET /healthz` for orchestrators and the container's
 * health check, `GET /metrics` for Prometheus. Nothing else is served, and nothing here can
 * change the bot's state.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PrometheusMetrics } from "./metrics.ts";

export interface HealthReport {
  /** Logged in, and the gateway connection is up (not connecting, resuming or lost). */
  gateway: boolean;
  /** The database accepts a write lock (the disk is not read-only, the file not locked). */
  database: boolean;
}

export interface ObservabilityServer {
  /** The port actually listened on (useful when 0 was asked for). */
  port: number;
  close(): Promise<void>;
}

export type ListenResult = { ok: true; server: ObservabilityServer } | { ok: false; problem: string };

export async function startObservabilityServer(options: {
  port: number;
  host: string;
  metrics: PrometheusMetrics;
  health: () => HealthReport;
}): Promise<ListenResult> {
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/healthz") {
      const report = options.health();
      const healthy = report.gateway && report.database;
      const body = JSON.stringify({
        status: healthy ? "ok" : "unhealthy",
        gateway: report.gateway ? "connected" : "not connected",
        database: report.database ? "writable" : "not writable",
      });
      response.writeHead(healthy ? 200 : 503, { "content-type": "application/json" }).end(body);
      return;
    }
    if (path === "/metrics") {
      options.metrics.exposition().then(
        ({ contentType, body }) => response.writeHead(200, { "content-type": contentType }).end(body),
        () => response.writeHead(500).end(),
      );
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found: try /healthz or /metrics\n");
  });
  // Idle keep-alive connections from a scraper must not hold up a shutdown.
  server.keepAliveTimeout = 5_000;
  const listening = await listen(server, options.port, options.host);
  if (!listening.ok) return listening;
  return {
    ok: true,
    server: {
      port: (server.address() as AddressInfo).port,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    },
  };
}

const MAX_PORT = 65_535;

function listen(
  server: Server,
  port: number,
  host: string,
): Promise<{ ok: true } | { ok: false; problem: string }> {
  // Only a shard's METRICS_PORT + id can pass the last port: the setting alone is checked at start-up.
  if (port > MAX_PORT) {
    return Promise.resolve({
      ok: false,
      problem: `METRICS_PORT + this shard's id is ${port}, past the last port (${MAX_PORT}): choose a lower METRICS_PORT`,
    });
  }
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const why =
        error.code === "EADDRINUSE"
          ? "is already in use by another program"
          : error.code === "EACCES"
            ? "needs privileges this user does not have (use a port above 1023)"
            : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
              ? `cannot be opened on ${host} (METRICS_HOST is not an address of this machine)`
              : `cannot be opened (${error.message})`;
      resolve({ ok: false, problem: `METRICS_PORT ${port} ${why}` });
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve({ ok: true });
    });
  });
}
