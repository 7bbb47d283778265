/**
 * Storage for moderators' edits: SQLite (WAL, versioned migrations), per-server overlays on the
 * curated base with a revision for every change, settings, feedback and unanswered questions.
 *
 * Start-up: `openStorage(engine)` opens and migrates the database and replays every server's
 * overlay into the engine; then use `facts` (FactService), `store.feedback`, `store.settings`.
 */
import type { Engine } from "../engine/engine.ts";
import { type OpenOptions, type OpenResult, openStore, type Store, type StoreError } from "./database.ts";
import { OnDemandEngine } from "./on-demand.ts";
import { databasePath, isPostgresUrl } from "./paths.ts";
import { openPostgresStore } from "./postgres.ts";
import { RecordService } from "./records.ts";
import { type ReplayReport, replayOverlays } from "./replay.ts";
import { FactService } from "./service.ts";

export type { OpenOptions, OpenResult, StoreError, StoreErrorKind } from "./database.ts";
export { openStore, removeDatabaseFiles, SqliteStore, Store } from "./database.ts";
export type {
  FeedbackInput,
  Gap,
  RecordFilter,
  StoredUnanswered,
  StoredVote,
  UnansweredInput,
  Vote,
} from "./feedback.ts";
export { FeedbackStore, questionKey } from "./feedback.ts";
export type { EntityInput, FactInput, FactPatch, InputProblem } from "./input.ts";
export { holdsOverlay, OnDemandEngine } from "./on-demand.ts";
export type { ImportCounts, ImportProblem, OverlayExport } from "./overlay-file.ts";
export { exportKnowledge, OverlayFile, readDatasetDirectory } from "./overlay-file.ts";
export { databasePath, isPostgresUrl, MIGRATIONS_DIR, POSTGRES_MIGRATIONS_DIR } from "./paths.ts";
export { openPostgresStore, PostgresStore, shownAddress } from "./postgres.ts";
export type { EntityFields, EventFields, RecordProblem, RecordResult, RecordRevision } from "./records.ts";
export { RecordService } from "./records.ts";
export type { ReplayReport } from "./replay.ts";
export { replayOverlays } from "./replay.ts";
export type {
  AddAliasResult,
  AddEntityResult,
  AddFactResult,
  Citation,
  Conflict,
  EditFactResult,
  FactPage,
  FactRevision,
  FactView,
  FactWritten,
  HistoryResult,
  ImportResult,
  Invalid,
  ListOptions,
  NotFound,
  RemoveAliasResult,
  RemoveFactResult,
  RevertFactResult,
  Unchanged,
} from "./service.ts";
export { CURATED, FactService, reasonProblems } from "./service.ts";
export type { GuildSettings } from "./settings.ts";
export { SettingsStore } from "./settings.ts";
export type { Actor, RecordKind, RecordState, RevisionAction } from "./types.ts";

const NOTHING_REPLAYED: ReplayReport = { guilds: 0, sources: 0, records: 0, warnings: [] };

export interface Storage {
  store: Store;
  facts: FactService;
  /** The server's own entities and events (same revisions as facts). */
  records: RecordService;
  replay: ReplayReport;
  /** There was no database at the path: this start made a new, empty one. */
  created: boolean;
}

/**
 * Opens the database at `location`: a PostgreSQL server (`postgres://…`), else a SQLite file
 * (`location`, else DATABASE_PATH, else data/attache.db). Either is checked and migrated.
 */
export function openDatabase(location?: string, options: OpenOptions = {}): OpenResult {
  return location !== undefined && isPostgresUrl(location)
    ? openPostgresStore(location.trim(), options)
    : openStore(databasePath(location), options);
}

/**
 * Opens the database (see `openDatabase`), migrates it, and replays every server's overlay into
 * `engine`. A database that cannot be used is an error value naming the file or server; the bot
 * should print `error.message` and stop rather than start without its edits.
 */
export function openStorage(
  engine: Engine,
  location?: string,
  options: OpenOptions = {},
): { ok: true; storage: Storage } | { ok: false; error: StoreError } {
  const opened = openDatabase(location, options);
  if (!opened.ok) return opened;
  const store = opened.store;
  // A shard's engine reads each server's overlay when that server is first needed; any other
  // engine gets every server's overlay now.
  let replay = NOTHING_REPLAYED;
  if (engine instanceof OnDemandEngine)
    engine.loadOnDemand((guildId) => replayOverlays(engine, store, [guildId]));
  else replay = replayOverlays(engine, store);
  const facts = new FactService(engine, opened.store);
  facts.markSynced();
  return {
    ok: true,
    storage: {
      store: opened.store,
      facts,
      records: new RecordService(facts),
      replay,
      created: opened.created,
    },
  };
}
