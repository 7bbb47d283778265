-- Attaché storage, version 2: articles a moderator sent with /source add, drafted into facts and
-- waiting for review. Nothing here is answered from: approving a draft imports it into the
-- server's overlay as revisions, and the draft row is deleted. Drafts older than 24 hours are
-- deleted when the next one is written or read.
CREATE TABLE source_drafts (
  id         TEXT NOT NULL PRIMARY KEY,
  guild_id   TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  created_at TEXT NOT NULL,
  data_json  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX source_drafts_created ON source_drafts (created_at);
