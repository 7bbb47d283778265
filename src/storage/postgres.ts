import {
  type OpenOptions,
  type OpenResult,
  Store,
  type StoreError,
  type StoreErrorKind,
} from "./database.ts";
import { loadMigrations, migrate, migrationProblem } from "./migrate.ts";
import { POSTGRES_MIGRATIONS_DIR } from "./paths.ts";
import { POSTGRES_TIMEOUT_MS, PostgresConnection } from "./pg-connection.ts";
import { scalar } from "./sql.ts";

/** A PostgreSQL database shared by every process of the bot (shards, hosts, the command line). */
export class PostgresStore extends Store {
  constructor(
    readonly pg: PostgresConnection,
    address: string,
    now: () => Date,
  ) {
    super(pg, address, now);
  }

  /** The server answers and accepts writes (not a read-only standby). */
  writable(): boolean {
    if (!this.pg.open) return false;
    try {
      return scalar(this.pg, "SELECT NOT pg_is_in_recovery() AS writable") === true;
    } catch {
      return false;
    }
  }

  /**
   * Always: a write may wait for a lock another session holds on the rows or the table it needs
   * (an administrator's transaction, a migration), up to the statement timeout, and such a lock
   * cannot be seen without waiting for it. Acknowledging an interaction first costs one call to
   * Discord; not doing so lost the reply whenever the wait passed Discord's 3 seconds.
   */
  override writeMayWait(): boolean {
    return true;
  }

  integrityCheck(): string[] {
    try {
      scalar(this.pg, "SELECT 1 AS ok");
      return ["ok"];
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    }
  }

  close(): void {
    this.pg.close();
  }
}

/**
 * The server's address as it may be printed: user, host, port and database, never the password
 * (nor the query string, which may carry one).
 */
export function shownAddress(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : "";
    return `${parsed.protocol}//${user}${parsed.host}${parsed.pathname}`;
  } catch {
    return "(DATABASE_URL)";
  }
}

/**
 * Connects to the PostgreSQL database at `url`, checks it and migrates it (migrations/postgres).
 * A bad address, a server that cannot be reached or refuses the login, a schema newer than this
 * program: each is an error value with one line to print, naming the server without its password.
 */
export function openPostgresStore(url: string, options: OpenOptions = {}): OpenResult<PostgresStore> {
  const now = options.now ?? (() => new Date());
  const shown = shownAddress(url);
  const fail = (kind: StoreErrorKind, why: string): { ok: false; error: StoreError } => ({
    ok: false,
    error: { kind, file: shown, message: `database ${shown}: ${why}` },
  });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail("bad-url", "not a valid address; write it as postgres://user:password@host:5432/database");
  }
  if (!parsed.hostname || parsed.pathname.length <= 1) {
    return fail("bad-url", "name the host and the database: postgres://user:password@host:5432/database");
  }
  const connected = PostgresConnection.connect(url, options.busyTimeoutMs ?? POSTGRES_TIMEOUT_MS);
  if (!connected.ok) {
    return fail("unreachable", connectionProblem(connected.code, connected.message, parsed.password));
  }
  const connection = connected.connection;
  const failed = (kind: StoreErrorKind, why: string) => {
    connection.close();
    return fail(kind, why);
  };
  try {
    const migrations = loadMigrations(options.migrationsDir ?? POSTGRES_MIGRATIONS_DIR);
    const known = migrations.at(-1)?.version ?? 0;
    const hasSchema =
      scalar(connection, "SELECT to_regclass('schema_migrations') IS NOT NULL AS has") === true;
    const before = hasSchema
      ? Number(scalar(connection, "SELECT coalesce(max(version), 0) AS version FROM schema_migrations"))
      : 0;
    if (before > known) {
      return failed(
        "too-new",
        `schema version ${before} is newer than this program knows (${known}); upgrade the program`,
      );
    }
    if (options.readOnly) {
      if (before < known) {
        return failed(
          "outdated",
          `it was written by an older version (schema ${before} of ${known}); start the bot on it once to bring it up to date`,
        );
      }
      // Only reading: the session cannot write, whatever a bug might try.
      connection.exec("SET default_transaction_read_only = on");
      return { ok: true, store: new PostgresStore(connection, shown, now), created: false };
    }
    const migrated = migrate(connection, migrations, now);
    if (!migrated.ok) {
      const problem = migrationProblem(migrated);
      return failed(problem.kind, problem.why);
    }
    return { ok: true, store: new PostgresStore(connection, shown, now), created: before === 0 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed("unreadable", scrub(message, parsed.password));
  }
}

function connectionProblem(code: string, message: string, password: string): string {
  const why: Record<string, string> = {
    ECONNREFUSED: "cannot connect: nothing answers at that address (is the server running?)",
    ENOTFOUND: "cannot connect: the host name is not known",
    EAI_AGAIN: "cannot connect: the host name could not be looked up",
    ETIMEDOUT: "cannot connect: the server did not answer in time",
    timeout: "cannot connect: the server did not answer in time",
    "28P01": "the server refused the login (wrong user or password)",
    "28000": "the server refused the login (no access for this user from here)",
    "3D000": "the database does not exist on that server; create it first",
  };
  return why[code] ?? `cannot connect (${scrub(message, password)})`;
}

/** The password never appears in what is printed, even if a message repeats it. */
function scrub(message: string, password: string): string {
  const plain = decodeURIComponent(password);
  return plain ? message.split(plain).join("***") : message;
}
