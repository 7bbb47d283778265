import { join, resolve } from "node:path";
import { nonBlank, PROJECT_ROOT } from "../config/paths.ts";

/** The versioned SQL migrations shipped with the code. */
export const MIGRATIONS_DIR = join(PROJECT_ROOT, "migrations");

/** SQLite's name for a database that lives in memory only (tests, trials): never a file. */
export const IN_MEMORY = ":memory:";

/**
 * The database file: an explicit path, else DATABASE_PATH, else data/attache.db (git-ignored).
 * A blank setting counts as unset (an empty `DATABASE_PATH=` line in .env must not mean "here").
 */
export function databasePath(override?: string): string {
  const chosen = nonBlank(override) ?? nonBlank(process.env.DATABASE_PATH);
  if (chosen === IN_MEMORY) return IN_MEMORY;
  return resolve(chosen ?? join(PROJECT_ROOT, "data", "attache.db"));
}

export { shownPath } from "../config/paths.ts";

/** The same migrations in PostgreSQL's SQL (same numbers, same tables). */
export const POSTGRES_MIGRATIONS_DIR = join(MIGRATIONS_DIR, "postgres");

/** `postgres://…` or `postgresql://…`: a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location.trim());
}
