import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SqlConnection } from "./sql.ts";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_NAME = /^(\d{4})_([a-z0-9_-]+)\.sql$/;

/** The migrations in `dir`, ordered by version. Misnamed or duplicate files are bugs: they throw. */
export function loadMigrations(dir: string): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".sql")) continue;
    const match = FILE_NAME.exec(file);
    if (!match) throw new Error(`migration ${join(dir, file)} is not named NNNN_name.sql`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) {
      throw new Error(`two migrations in ${dir} have version ${version}`);
    }
    migrations.push({ version, name: file, sql: readFileSync(join(dir, file), "utf8") });
  }
  return migrations.sort((a, b) => a.version - b.version);
}

export type MigrateResult =
  | { ok: true; applied: number[]; version: number }
  | { ok: false; kind: "too-new"; version: number; known: number }
  | { ok: false; kind: "migration-failed"; migration: string; message: string };

/** What a failed migration means for the operator, in one line (both backends say it alike). */
export function migrationProblem(failed: Extract<MigrateResult, { ok: false }>): {
  kind: "too-new" | "migration-failed";
  why: string;
} {
  return failed.kind === "too-new"
    ? {
        kind: "too-new",
        why: `schema version ${failed.version} is newer than this program knows (${failed.known}); upgrade the program`,
      }
    : { kind: "migration-failed", why: `migration ${failed.migration} failed: ${failed.message}` };
}

/**
 * Brings the schema up to date: each missing migration runs in its own transaction together with
 * its row in schema_migrations, so a crash leaves the database at a whole version.
 */
export function migrate(db: SqlConnection, migrations: Migration[], now: () => Date): MigrateResult {
  // Under the write lock: two processes starting on a new database do not both create it.
  db.transaction(() =>
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`),
  );
  const applied = new Set(db.all("SELECT version FROM schema_migrations").map((row) => Number(row.version)));
  const known = migrations.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...applied);
  if (newest > known) return { ok: false, kind: "too-new", version: newest, known };

  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    try {
      const ran = db.transaction(() => {
        // Another process may have applied it since we looked: check again under the write lock.
        if (db.get("SELECT 1 FROM schema_migrations WHERE version = ?", [migration.version])) return false;
        db.exec(migration.sql);
        db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
          migration.version,
          migration.name,
          now().toISOString(),
        ]);
        return true;
      });
      if (!ran) continue;
    } catch (error) {
      return {
        ok: false,
        kind: "migration-failed",
        migration: migration.name,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    done.push(migration.version);
  }
  return { ok: true, applied: done, version: Math.max(newest, ...done) };
}
