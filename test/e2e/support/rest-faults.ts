/**
 * A pass-through HTTP proxy in front of the fake Discord's REST API that can answer chosen
 * requests with an error instead, the way Discord sometimes does (a refused form body, an outage).
 * The bot gets the proxy as DISCORD_API_URL; the gateway is unaffected (GET /gateway/bot still
 * names the fake's WebSocket).
 *
 * Faults live here, in the test harness, so production code needs no test-only switches.
 */
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeDiscord } from "../../discord-server/index.ts";

export interface InjectedFault {
  method: string;
  /** Below the versioned root, e.g. /interactions/:id/:token/callback. */
  path: string;
  status: number;
}

export interface FaultRule {
  matches: (request: { method: string; path: string }) => boolean;
  status: number;
  body: unknown;
  /** How many matching requests to fail. */
  times: number;
}

export interface FaultyRest {
  /** Give this to the bot as DISCORD_API_URL. */
  apiUrl: string;
  /** Fails the next `times` requests matching `matches` with `status` and a Discord error body. */
  failNext(rule: FaultRule): void;
  /** Requests answered with an injected error, in order. */
  injected: readonly InjectedFault[];
  close(): Promise<void>;
}

/** Discord's answer to a message it will not accept. */
export const INVALID_FORM_BODY = {
  message: "Invalid Form Body",
  code: 50035,
  errors: {
    data: {
      embeds: {
        "0": {
          description: {
            _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 4096 or fewer in length." }],
          },
        },
      },
    },
  },
};

export async function startFaultyRest(discord: FakeDiscord): Promise<FaultyRest> {
  const target = new URL(discord.httpUrl);
  const rules: FaultRule[] = [];
  const injected: InjectedFault[] = [];

  const server = createServer((req, res) => {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const path = url.replace(/^\/api(\/v\d+)?/, "").replace(/\?.*$/, "");
    const rule = rules.find((candidate) => candidate.times > 0 && candidate.matches({ method, path }));
    if (rule) {
      rule.times -= 1;
      injected.push({ method, path, status: rule.status });
      // Read the body first, as a server would, so the client sees a complete exchange.
      req.resume();
      req.on("end", () => {
        const text = JSON.stringify(rule.body);
        res.writeHead(rule.status, {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(text),
        });
        res.end(text);
      });
      return;
    }
    const forward = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        method,
        path: url,
        headers: { ...req.headers, host: target.host },
      },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      },
    );
    forward.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `proxy: ${error.message}`, code: 0 }));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    failNext: (rule) => {
      rules.push({ ...rule });
    },
    injected,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
