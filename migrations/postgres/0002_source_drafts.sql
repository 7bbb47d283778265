-- Attaché storage, version 2, for PostgreSQL: /source add drafts waiting for review, as
-- migrations/0002_source_drafts.sql (SQLite).
CREATE TABLE source_drafts (
  id         TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  guild_id   TEXT COLLATE "C" NOT NULL,
  user_id    TEXT COLLATE "C" NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  data_json  TEXT COLLATE "C" NOT NULL
);
CREATE INDEX source_drafts_created ON source_drafts (created_at);
