/**
 * Storage for moderators' edits: SQLite (WAL, versioned migrations), per-server overlays on the
 * curated base with a revision for every change, settings, feedback and unanswered questions.
 *
 * Start-up: `openStorage(engine)` opens and migrates the database and replays every server's
 * overlay into the engine; then use `facts` (FactService), `store.feedback`, `store.settings`.
 */
import type { Engine } from "../engine/engine.ts";
import { type OpenOptions, openStore, type Store, type StoreError } from "./database.ts";
import { databasePath } from "./paths.ts";
import { RecordService } from "./records.ts";
import { type ReplayReport, replayOverlays } from "./replay.ts";
import { FactService } from "./service.ts";

export type { OpenOptions, OpenResult, StoreError, StoreErrorKind } from "./database.ts";
export { openStore, removeDatabaseFiles, Store } from "./database.ts";
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
export type { ImportCounts, ImportProblem, OverlayExport } from "./overlay-file.ts";
export { exportKnowledge, OverlayFile, readDatasetDirectory } from "./overlay-file.ts";
export { databasePath, MIGRATIONS_DIR } from "./paths.ts";
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
export { CURATED, FactService } from "./service.ts";
export type { GuildSettings } from "./settings.ts";
export { SettingsStore } from "./settings.ts";
export type { Actor, RecordKind, RecordState, RevisionAction } from "./types.ts";

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
 * Opens the database (`path`, else DATABASE_PATH, else data/attache.db), migrates it, and replays
 * every server's overlay into `engine`. A database that cannot be used is an error value naming
 * the file; the bot should print `error.message` and stop rather than start without its edits.
 */
export function openStorage(
  engine: Engine,
  path?: string,
  options: OpenOptions = {},
): { ok: true; storage: Storage } | { ok: false; error: StoreError } {
  const opened = openStore(databasePath(path), options);
  if (!opened.ok) return opened;
  const replay = replayOverlays(engine, opened.store);
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
