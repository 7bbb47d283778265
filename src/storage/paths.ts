import { join, resolve } from "node:path";
import { PROJECT_ROOT } from "../config/paths.ts";

/** The versioned SQL migrations shipped with the code. */
export const MIGRATIONS_DIR = join(PROJECT_ROOT, "migrations");

/** The database file: an explicit path, else DATABASE_PATH, else data/attache.db (git-ignored). */
export function databasePath(override?: string): string {
  return resolve(override ?? process.env.DATABASE_PATH ?? join(PROJECT_ROOT, "data", "attache.db"));
}

export { shownPath } from "../config/paths.ts";
