-- Attaché storage, version 1, for PostgreSQL: the same tables, columns and constraints as
-- migrations/0001_init.sql (SQLite), in PostgreSQL's words. Timestamps stay ISO-8601 text, as in
-- SQLite, and text compares byte by byte (COLLATE "C"), as in SQLite, so both databases sort
-- alike. See that file for what each table holds.
--
-- Applied by src/storage/migrate.ts inside one transaction, together with its row in
-- schema_migrations. Never edit a migration that has shipped: add the next numbered file (in both
-- folders, with the same number).

CREATE TABLE revisions (
  seq         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id    TEXT COLLATE "C"    NOT NULL,
  kind        TEXT COLLATE "C"    NOT NULL CHECK (kind IN ('fact', 'entity', 'event', 'alias')),
  record_id   TEXT COLLATE "C"    NOT NULL,
  revision    INTEGER NOT NULL CHECK (revision >= 1),
  action      TEXT COLLATE "C"    NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'revert', 'import')),
  state       TEXT COLLATE "C"    NOT NULL CHECK (state IN ('present', 'removed', 'base')),
  before_json TEXT COLLATE "C",
  after_json  TEXT COLLATE "C",
  actor_id    TEXT COLLATE "C"    NOT NULL,
  actor_tag   TEXT COLLATE "C"    NOT NULL,
  reason      TEXT COLLATE "C",
  reverted_to INTEGER,
  created_at  TEXT COLLATE "C"    NOT NULL,
  UNIQUE (guild_id, kind, record_id, revision)
);

CREATE TABLE overlay_records (
  guild_id   TEXT COLLATE "C"    NOT NULL,
  kind       TEXT COLLATE "C"    NOT NULL CHECK (kind IN ('fact', 'entity', 'event', 'alias')),
  record_id  TEXT COLLATE "C"    NOT NULL,
  revision   INTEGER NOT NULL,
  state      TEXT COLLATE "C"    NOT NULL CHECK (state IN ('present', 'removed', 'base')),
  data_json  TEXT COLLATE "C",
  updated_at TEXT COLLATE "C"    NOT NULL,
  PRIMARY KEY (guild_id, kind, record_id)
);

CREATE TABLE overlay_sources (
  guild_id   TEXT COLLATE "C" NOT NULL,
  source_id  TEXT COLLATE "C" NOT NULL,
  data_json  TEXT COLLATE "C" NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (guild_id, source_id)
);

CREATE TABLE guild_settings (
  guild_id          TEXT COLLATE "C" PRIMARY KEY,
  moderator_role_id TEXT COLLATE "C",
  updated_by_id     TEXT COLLATE "C",
  updated_by_tag    TEXT COLLATE "C",
  updated_at        TEXT COLLATE "C" NOT NULL
);

CREATE TABLE feedback (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id     TEXT COLLATE "C",
  user_id      TEXT COLLATE "C" NOT NULL,
  message_id   TEXT COLLATE "C",
  question     TEXT COLLATE "C" NOT NULL,
  question_key TEXT COLLATE "C" NOT NULL,
  fact_ids     TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  vote         TEXT COLLATE "C" NOT NULL CHECK (vote IN ('up', 'down')),
  created_at   TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX feedback_one_vote ON feedback (message_id, user_id) WHERE message_id IS NOT NULL;
CREATE INDEX feedback_gaps ON feedback (guild_id, vote, question_key);

CREATE TABLE unanswered (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id     TEXT COLLATE "C",
  user_id      TEXT COLLATE "C" NOT NULL,
  question     TEXT COLLATE "C" NOT NULL,
  question_key TEXT COLLATE "C" NOT NULL,
  suggestions  TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  created_at   TEXT COLLATE "C" NOT NULL
);
CREATE INDEX unanswered_gaps ON unanswered (guild_id, question_key);
