import type { Logger } from "../config/logger.ts";
import type { Storage } from "./index.ts";
import { type ChangeListener, listenForChanges } from "./pg-listen.ts";
import { PostgresStore } from "./postgres.ts";

/**
 * How often changes written by other processes (`npm run facts -- import --guild`, another bot
 * process on the same file) are looked for on SQLite: one cheap query, so an edit is answered
 * everywhere within a second. PostgreSQL announces each change (LISTEN/NOTIFY); its check is only
 * the fallback.
 */
const SQLITE_SYNC_INTERVAL_MS = 500;
const POSTGRES_SYNC_INTERVAL_MS = 5_000;
/** The connections that notice one lost PostgreSQL server within this long say so in one line. */
const OUTAGE_REPORT_WINDOW_MS = 30_000;

/**
 * Applies what other processes wrote to the database (an import while the bot runs, another shard
 * or host): twice a second on SQLite; on PostgreSQL as soon as a change is committed (LISTEN/
 * NOTIFY), with a check every 5 s as the fallback. Cheap when nothing changed; the timer never keeps
 * the process alive on its own.
 */
export async function followChanges(
  storage: Storage,
  logger: Logger,
  databaseUrl: string | undefined,
): Promise<() => void> {
  let lastError = "";
  const sync = () => {
    try {
      const applied = storage.facts.syncExternalChanges();
      if (applied > 0) logger.info("applied changes made outside the bot", { records: applied });
      lastError = "";
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A database that stays unreadable is reported once, not every five seconds.
      if (message !== lastError) logger.error("could not read changes made outside the bot", { err: error });
      lastError = message;
    }
  };
  const timer = setInterval(sync, databaseUrl ? POSTGRES_SYNC_INTERVAL_MS : SQLITE_SYNC_INTERVAL_MS);
  timer.unref();
  let listener: ChangeListener | undefined;
  if (databaseUrl) {
    // Both connections (queries, and LISTEN) notice a lost server; one line says so per outage.
    let lastLost = 0;
    const lost = (connection: string, reason: string) => {
      if (Date.now() - lastLost > OUTAGE_REPORT_WINDOW_MS) {
        logger.warn("lost the connection to PostgreSQL; reconnecting", { connection, reason });
      }
      lastLost = Date.now();
    };
    if (storage.store instanceof PostgresStore) {
      storage.store.pg.onReconnect = () => lost("queries", "the server ended the connection");
    }
    const listening = await listenForChanges(databaseUrl, {
      onChange: sync,
      onLost: (reason) => lost("changes", reason),
      onRestored: () => logger.info("listening for changes from other processes again"),
    });
    if (listening.ok) listener = listening.listener;
    else
      logger.warn("cannot listen for changes from other processes; checking every 5 s instead", {
        reason: listening.message,
      });
  }
  return () => {
    clearInterval(timer);
    void listener?.stop();
  };
}
