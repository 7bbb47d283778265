-- Attaché storage, version 1: per-server overlays on the curated base, their revision log,
-- server settings, feedback and unanswered questions.
--
-- Applied by src/storage/migrate.ts inside one transaction, together with its row in
-- schema_migrations. Never edit a migration that has shipped: add the next numbered file.

-- Every change to a server's overlay, append-only. A record is a fact, an entity, an event or an
-- alias (kind + record_id); its revisions count 1, 2, 3 ... per (guild, kind, record).
-- A base fact never edited by a server has an implicit revision 1 (the curated version), so the
-- first stored revision of a base fact is 2.
CREATE TABLE revisions (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id    TEXT    NOT NULL,
  kind        TEXT    NOT NULL CHECK (kind IN ('fact', 'entity', 'event', 'alias')),
  record_id   TEXT    NOT NULL,
  revision    INTEGER NOT NULL CHECK (revision >= 1),
  action      TEXT    NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'revert', 'import')),
  -- What the server sees after this revision: its own version ('present'), nothing ('removed', a
  -- soft removal), or the curated base version again ('base').
  state       TEXT    NOT NULL CHECK (state IN ('present', 'removed', 'base')),
  before_json TEXT,
  after_json  TEXT,
  actor_id    TEXT    NOT NULL,
  actor_tag   TEXT    NOT NULL,
  reason      TEXT,
  reverted_to INTEGER,
  created_at  TEXT    NOT NULL,
  UNIQUE (guild_id, kind, record_id, revision)
);

-- The current state of each overlay record: what start-up replays into the engine. Always equal
-- to the newest revision of the record (kept in the same transaction).
CREATE TABLE overlay_records (
  guild_id   TEXT    NOT NULL,
  kind       TEXT    NOT NULL CHECK (kind IN ('fact', 'entity', 'event', 'alias')),
  record_id  TEXT    NOT NULL,
  revision   INTEGER NOT NULL,
  state      TEXT    NOT NULL CHECK (state IN ('present', 'removed', 'base')),
  data_json  TEXT,
  updated_at TEXT    NOT NULL,
  PRIMARY KEY (guild_id, kind, record_id)
) WITHOUT ROWID;

-- Sources that a server's facts cite: a moderator's citation (outlet, date, url, and the quote as
-- its text) or a source brought in by an import. Immutable and never deleted, so every revision
-- keeps a valid citation.
CREATE TABLE overlay_sources (
  guild_id   TEXT NOT NULL,
  source_id  TEXT NOT NULL,
  data_json  TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (guild_id, source_id)
) WITHOUT ROWID;

CREATE TABLE guild_settings (
  guild_id          TEXT PRIMARY KEY,
  moderator_role_id TEXT,
  updated_by_id     TEXT,
  updated_by_tag    TEXT,
  updated_at        TEXT NOT NULL
) WITHOUT ROWID;

-- 👍/👎 on answers. guild_id is NULL in direct messages. With a message id, a user's vote on
-- that answer is replaced rather than counted twice.
CREATE TABLE feedback (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id     TEXT,
  user_id      TEXT NOT NULL,
  message_id   TEXT,
  question     TEXT NOT NULL,
  question_key TEXT NOT NULL,
  fact_ids     TEXT NOT NULL DEFAULT '[]',
  vote         TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX feedback_one_vote ON feedback (message_id, user_id) WHERE message_id IS NOT NULL;
CREATE INDEX feedback_gaps ON feedback (guild_id, vote, question_key);

CREATE TABLE unanswered (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id     TEXT,
  user_id      TEXT NOT NULL,
  question     TEXT NOT NULL,
  question_key TEXT NOT NULL,
  -- What the bot offered instead (JSON array of questions).
  suggestions  TEXT NOT NULL DEFAULT '[]',
  created_at   TEXT NOT NULL
);
CREATE INDEX unanswered_gaps ON unanswered (guild_id, question_key);
