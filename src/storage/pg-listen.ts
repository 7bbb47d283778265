import pg from "pg";
import { CHANGES_CHANNEL } from "./sql.ts";

export interface ChangeListener {
  stop(): Promise<void>;
}

/**
 * Calls `onChange` whenever another process (a shard, another host, the command line) commits a
 * change to the PostgreSQL database: LISTEN on a connection of its own, so the bot applies it
 * within a moment instead of at its next poll. `onLost` is told once if that connection drops; the
 * bot's periodic check still picks changes up then.
 */
export async function listenForChanges(
  url: string,
  onChange: () => void,
  onLost: (message: string) => void,
): Promise<{ ok: true; listener: ChangeListener } | { ok: false; message: string }> {
  const client = new pg.Client({ connectionString: url, application_name: "attache-listen" });
  let stopped = false;
  client.on("error", (error: Error) => {
    if (!stopped) onLost(error.message);
    stopped = true;
  });
  client.on("notification", (message) => {
    if (message.channel === CHANGES_CHANNEL) onChange();
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANGES_CHANNEL}`);
  } catch (error) {
    stopped = true;
    await client.end().catch(() => undefined);
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return {
    ok: true,
    listener: {
      async stop() {
        stopped = true;
        await client.end().catch(() => undefined);
      },
    },
  };
}
