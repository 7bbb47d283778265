import { configDefaults, defineConfig } from "vitest/config";

/**
 * Two projects: every spec on the embedded default (SQLite), and the shared storage specs again on
 * a real PostgreSQL server that test/support/postgres-server.ts starts for the run.
 */
export const SHARED_STORAGE_SPECS = [
  "test/storage-service.test.ts",
  "test/storage-records.test.ts",
  "test/storage-source-drafts.test.ts",
  "test/storage-backends.test.ts",
  "test/storage-on-demand.test.ts",
  "test/a-fact-added-again-is-not-saved-twice.test.ts",
];

/** Specs of PostgreSQL alone (the bot started with DATABASE_URL). */
const POSTGRES_ONLY = ["test/**/*.postgres.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...POSTGRES_ONLY],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: [...SHARED_STORAGE_SPECS, ...POSTGRES_ONLY],
          env: { ATTACHE_TEST_BACKEND: "postgres" },
          globalSetup: ["test/support/postgres-server.ts"],
        },
      },
    ],
  },
});
