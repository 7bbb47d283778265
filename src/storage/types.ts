/** Who made a change: a Discord user (id and tag at the time), or the command line. */
export interface Actor {
  userId: string;
  tag: string;
}

/** What a stored record is. */
export type RecordKind = "fact" | "entity" | "event" | "alias";

/** Why a revision was made. */
export type RevisionAction = "add" | "edit" | "remove" | "revert" | "import";

/**
 * What the server sees after a revision: its own version of the record, nothing (a soft
 * removal), or the curated base version again.
 */
export type RecordState = "present" | "removed" | "base";
