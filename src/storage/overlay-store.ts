import type { Source } from "../engine/schema.ts";
import { CHANGES_CHANNEL, type SqlConnection, scalar } from "./sql.ts";
import type { Actor, RecordKind, RecordState, RevisionAction } from "./types.ts";

/** A source owned by a server's overlay: its text is stored with it (for a citation, the quote). */
export type OverlaySource = Omit<Source, "textFile"> & { text: string };

export interface NewRevision {
  guildId: string;
  kind: RecordKind;
  recordId: string;
  revision: number;
  action: RevisionAction;
  state: RecordState;
  before: unknown;
  after: unknown;
  actor: Actor;
  reason?: string | undefined;
  revertedTo?: number | undefined;
}

/** One stored revision of an overlay record, JSON decoded: what was written, numbered and dated. */
export interface StoredRevision extends Omit<NewRevision, "reason" | "revertedTo"> {
  seq: number;
  reason?: string;
  revertedTo?: number;
  at: string;
}

/** The newest state of an overlay record. */
export interface CurrentRecord {
  guildId: string;
  kind: RecordKind;
  recordId: string;
  revision: number;
  state: RecordState;
  /** The record when present; its last version when removed; null when following the base. */
  data: unknown;
  updatedAt: string;
}

interface RevisionRow {
  seq: number;
  guild_id: string;
  kind: RecordKind;
  record_id: string;
  revision: number;
  action: RevisionAction;
  state: RecordState;
  before_json: string | null;
  after_json: string | null;
  actor_id: string;
  actor_tag: string;
  reason: string | null;
  reverted_to: number | null;
  created_at: string;
}

interface RecordRow {
  guild_id: string;
  kind: RecordKind;
  record_id: string;
  revision: number;
  state: RecordState;
  data_json: string | null;
  updated_at: string;
}

/** Records looked up per query when following changes. */
const CHANGED_PER_QUERY = 300;

const KIND_RANK: Record<RecordKind, number> = { entity: 0, event: 1, alias: 2, fact: 3 };

/** The order of KIND_ORDER below, for records already read. */
function inReplayOrder(a: CurrentRecord, b: CurrentRecord): number {
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    compare(a.guildId, b.guildId) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    compare(a.updatedAt, b.updatedAt) ||
    compare(a.recordId, b.recordId)
  );
}

/**
 * A revision's reason starts with a text (bound by `startsWith`): compared as characters, which
 * SQLite and PostgreSQL both count alike, not by LIKE (case-blind in SQLite, and `%`/`_` in the text).
 */
const REASON_STARTS_WITH = "substr(v.reason, 1, ?) = ?";

function startsWith(prefix: string): [number, string] {
  return [[...prefix].length, prefix];
}

/** Replay order: what a record refers to comes before it. */
const KIND_ORDER = "CASE kind WHEN 'entity' THEN 0 WHEN 'event' THEN 1 WHEN 'alias' THEN 2 ELSE 3 END";

/**
 * The SQL side of the overlays: an append-only revision log plus the current state of each record,
 * always written together. Knows nothing of validation or of the engine.
 */
export class OverlayStore {
  constructor(
    private readonly db: SqlConnection,
    private readonly now: () => Date,
  ) {}

  /** Runs `fn` in one write transaction (read-check-write cannot interleave, across processes too). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn);
  }

  current(guildId: string, kind: RecordKind, recordId: string): CurrentRecord | undefined {
    const row = this.db.get<RecordRow>(
      "SELECT * FROM overlay_records WHERE guild_id = ? AND kind = ? AND record_id = ?",
      [guildId, kind, recordId],
    );
    return row ? toRecord(row) : undefined;
  }

  /** Current records, in replay order; of one server, or of all. */
  records(guildId?: string, kind?: RecordKind): CurrentRecord[] {
    // Only the conditions given, so that one server's records are read through the key's index
    // (a shard reads one server at a time among thousands).
    const where = [...(guildId !== undefined ? ["guild_id = ?"] : []), ...(kind ? ["kind = ?"] : [])];
    const rows = this.db.all<RecordRow>(
      `SELECT * FROM overlay_records ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
          ORDER BY guild_id, ${KIND_ORDER}, updated_at, record_id`,
      [...(guildId !== undefined ? [guildId] : []), ...(kind ? [kind] : [])],
    );
    return rows.map(toRecord);
  }

  /**
   * This server's records of one kind that are removed now, each with the reason its removal gave;
   * with `reasonStartingWith`, only those whose removal's reason starts so (a take-back's marker).
   * Only removed rows are read, and with a marker only the marked ones: what /entity, /event and
   * /source autocomplete ask on every keystroke must not read every record the server holds.
   */
  removals(
    guildId: string,
    kind: RecordKind,
    reasonStartingWith?: string,
  ): (CurrentRecord & { reason?: string })[] {
    const marked = reasonStartingWith === undefined ? "" : `AND ${REASON_STARTS_WITH}`;
    const rows = this.db.all<RecordRow & { reason: string | null }>(
      `SELECT r.*, v.reason FROM overlay_records r
         JOIN revisions v ON v.guild_id = r.guild_id AND v.kind = r.kind AND v.record_id = r.record_id
           AND v.revision = r.revision
         WHERE r.guild_id = ? AND r.kind = ? AND r.state = 'removed' ${marked}
         ORDER BY r.updated_at, r.record_id`,
      [guildId, kind, ...(reasonStartingWith === undefined ? [] : startsWith(reasonStartingWith))],
    );
    return rows.map((row) => ({ ...toRecord(row), ...(row.reason !== null ? { reason: row.reason } : {}) }));
  }

  /**
   * The distinct reasons of this server's current removals (of any kind) that start with
   * `prefix`: the reasons alone, no record read, however many records the server removed.
   */
  removalReasons(guildId: string, prefix: string): string[] {
    return this.db
      .all<{ reason: string }>(
        `SELECT DISTINCT v.reason FROM overlay_records r
           JOIN revisions v ON v.guild_id = r.guild_id AND v.kind = r.kind AND v.record_id = r.record_id
             AND v.revision = r.revision
           WHERE r.guild_id = ? AND r.state = 'removed' AND ${REASON_STARTS_WITH}
           ORDER BY v.reason`,
        [guildId, ...startsWith(prefix)],
      )
      .map((row) => row.reason);
  }

  /** The ids of this server's records of one kind that are removed now (no record read). */
  removedIds(guildId: string, kind: RecordKind): Set<string> {
    const rows = this.db.all<{ record_id: string }>(
      "SELECT record_id FROM overlay_records WHERE guild_id = ? AND kind = ? AND state = 'removed'",
      [guildId, kind],
    );
    return new Set(rows.map((row) => row.record_id));
  }

  /**
   * The ids of this server's removed records of one kind that come from the curated data: those
   * whose first stored revision had a record before it (what the server changed or removed), not
   * one the server added itself (its first revision, an add or an import, has nothing before it).
   * Told from the revisions alone, so an export needs no curated data loaded.
   */
  removedCuratedIds(guildId: string, kind: RecordKind): string[] {
    return this.db
      .all<{ record_id: string }>(
        `SELECT r.record_id FROM overlay_records r
           JOIN revisions v ON v.guild_id = r.guild_id AND v.kind = r.kind AND v.record_id = r.record_id
             AND v.revision = (SELECT min(w.revision) FROM revisions w
               WHERE w.guild_id = r.guild_id AND w.kind = r.kind AND w.record_id = r.record_id)
           WHERE r.guild_id = ? AND r.kind = ? AND r.state = 'removed' AND v.before_json IS NOT NULL
           ORDER BY r.record_id`,
        [guildId, kind],
      )
      .map((row) => row.record_id);
  }

  /** Revisions of a record after `after` (exclusive), oldest first. */
  revisions(guildId: string, kind: RecordKind, recordId: string, after = 0): StoredRevision[] {
    const rows = this.db.all<RevisionRow>(
      `SELECT * FROM revisions WHERE guild_id = ? AND kind = ? AND record_id = ? AND revision > ?
          ORDER BY revision`,
      [guildId, kind, recordId, after],
    );
    return rows.map(toRevision);
  }

  revision(
    guildId: string,
    kind: RecordKind,
    recordId: string,
    revision: number,
  ): StoredRevision | undefined {
    const row = this.db.get<RevisionRow>(
      "SELECT * FROM revisions WHERE guild_id = ? AND kind = ? AND record_id = ? AND revision = ?",
      [guildId, kind, recordId, revision],
    );
    return row ? toRevision(row) : undefined;
  }

  /** The record id was ever used in this server (ids of removed facts are not handed out again). */
  everUsed(guildId: string, kind: RecordKind, recordId: string): boolean {
    return (
      this.db.get("SELECT 1 FROM overlay_records WHERE guild_id = ? AND kind = ? AND record_id = ?", [
        guildId,
        kind,
        recordId,
      ]) !== undefined
    );
  }

  /** Appends a revision and makes it the record's current state. Call inside `transaction`. */
  append(change: NewRevision): void {
    const at = this.now().toISOString();
    this.db.run(
      `INSERT INTO revisions (guild_id, kind, record_id, revision, action, state, before_json, after_json,
           actor_id, actor_tag, reason, reverted_to, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        change.guildId,
        change.kind,
        change.recordId,
        change.revision,
        change.action,
        change.state,
        json(change.before),
        json(change.after),
        change.actor.userId,
        change.actor.tag,
        change.reason ?? null,
        change.revertedTo ?? null,
        at,
      ],
    );
    const data =
      change.state === "present" ? change.after : change.state === "removed" ? change.before : null;
    this.db.run(
      `INSERT INTO overlay_records (guild_id, kind, record_id, revision, state, data_json, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (guild_id, kind, record_id) DO UPDATE SET revision = excluded.revision,
           state = excluded.state, data_json = excluded.data_json, updated_at = excluded.updated_at`,
      [change.guildId, change.kind, change.recordId, change.revision, change.state, json(data), at],
    );
    // Other processes listening on PostgreSQL hear of it when this transaction commits.
    if (this.db.dialect === "postgres")
      this.db.run("SELECT pg_notify(?, ?)", [CHANGES_CHANNEL, change.guildId]);
  }

  source(guildId: string, sourceId: string): OverlaySource | undefined {
    const text = scalar(
      this.db,
      "SELECT data_json FROM overlay_sources WHERE guild_id = ? AND source_id = ?",
      [guildId, sourceId],
    );
    return typeof text === "string" ? (JSON.parse(text) as OverlaySource) : undefined;
  }

  /** Stores a source unless one with its id is already there. Call inside `transaction`. */
  putSource(guildId: string, source: OverlaySource): void {
    this.db.run(
      `INSERT INTO overlay_sources (guild_id, source_id, data_json, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      [guildId, source.id, JSON.stringify(source), this.now().toISOString()],
    );
  }

  sources(guildId?: string): { guildId: string; source: OverlaySource }[] {
    const rows = this.db.all<RecordRow>(
      `SELECT guild_id, data_json FROM overlay_sources ${guildId !== undefined ? "WHERE guild_id = ?" : ""}
          ORDER BY guild_id, created_at, source_id`,
      guildId !== undefined ? [guildId] : [],
    ) as { guild_id: string; data_json: string }[];
    return rows.map((row) => ({ guildId: row.guild_id, source: JSON.parse(row.data_json) as OverlaySource }));
  }

  /** Servers with any overlay record or source. */
  guilds(): string[] {
    return this.db
      .all("SELECT guild_id FROM overlay_records UNION SELECT guild_id FROM overlay_sources ORDER BY 1")
      .map((row) => String(row.guild_id));
  }

  /** The newest revision's sequence number: a cheap marker for changes made by other processes. */
  lastSeq(): number {
    return Number(scalar(this.db, "SELECT coalesce(max(seq), 0) AS seq FROM revisions"));
  }

  /** Records changed after sequence number `seq` (by any connection), in replay order. */
  changedSince(seq: number): CurrentRecord[] {
    // From the newest revisions (a range of their key) to those records (by theirs): the cost
    // follows the number of changes, not the number of records every server holds.
    const keys = this.db.all<Pick<RecordRow, "guild_id" | "kind" | "record_id">>(
      "SELECT DISTINCT guild_id, kind, record_id FROM revisions WHERE seq > ?",
      [seq],
    );
    const records: CurrentRecord[] = [];
    for (let i = 0; i < keys.length; i += CHANGED_PER_QUERY) {
      const chunk = keys.slice(i, i + CHANGED_PER_QUERY);
      const rows = this.db.all<RecordRow>(
        `SELECT * FROM overlay_records WHERE (guild_id, kind, record_id) IN (VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")})`,
        chunk.flatMap((key) => [key.guild_id, key.kind, key.record_id]),
      );
      records.push(...rows.map(toRecord));
    }
    return records.sort(inReplayOrder);
  }
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function parse(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

function toRecord(row: RecordRow): CurrentRecord {
  return {
    guildId: row.guild_id,
    kind: row.kind,
    recordId: row.record_id,
    revision: row.revision,
    state: row.state,
    data: parse(row.data_json),
    updatedAt: row.updated_at,
  };
}

function toRevision(row: RevisionRow): StoredRevision {
  return {
    seq: Number(row.seq),
    guildId: row.guild_id,
    kind: row.kind,
    recordId: row.record_id,
    revision: row.revision,
    action: row.action,
    state: row.state,
    before: parse(row.before_json),
    after: parse(row.after_json),
    actor: { userId: row.actor_id, tag: row.actor_tag },
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.reverted_to !== null ? { revertedTo: row.reverted_to } : {}),
    at: row.created_at,
  };
}
