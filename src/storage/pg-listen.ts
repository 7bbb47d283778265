import pg from "pg";
import { CHANGES_CHANNEL } from "./sql.ts";

export interface ChangeListener {
  stop(): Promise<void>;
}

export interface ListenEvents {
  /** A change was committed by another process (or, after a reconnect, may have been missed). */
  onChange: () => void;
  /** The listening connection was lost; it is being made again. Told once per loss. */
  onLost: (message: string) => void;
  /** Listening again after a loss. */
  onRestored: () => void;
}

/** Waits between attempts to connect again: quick at first, then every few seconds. */
const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000];

/**
 * Calls `onChange` whenever another process (a shard, another host, the command line) commits a
 * change to the PostgreSQL database: LISTEN on a connection of its own, so the bot applies it
 * within a moment instead of at its next poll. If that connection drops (the server restarted, an
 * administrator ended it), `onLost` is told once and the listener connects and LISTENs again until
 * it succeeds, then tells `onRestored` and `onChange` (a change may have come in between).
 */
export async function listenForChanges(
  url: string,
  events: ListenEvents,
): Promise<{ ok: true; listener: ChangeListener } | { ok: false; message: string }> {
  let stopped = false;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: url, application_name: "attache-listen" });
    let lost = false;
    const onLost = (message: string) => {
      if (lost || stopped) return;
      lost = true;
      current = undefined;
      void client.end().catch(() => undefined);
      events.onLost(message);
      reconnect(0);
    };
    client.on("error", (error: Error) => onLost(error.message));
    client.on("end", () => onLost("the connection was closed"));
    client.on("notification", (message) => {
      if (message.channel === CHANGES_CHANNEL) events.onChange();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      lost = true;
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  };

  const reconnect = (attempt: number) => {
    if (stopped) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 5_000;
    retry = setTimeout(() => {
      connect().then(
        (client) => {
          if (stopped) {
            void client.end().catch(() => undefined);
            return;
          }
          current = client;
          events.onRestored();
          events.onChange();
        },
        () => reconnect(attempt + 1),
      );
    }, delay);
    retry.unref();
  };

  try {
    current = await connect();
  } catch (error) {
    stopped = true;
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return {
    ok: true,
    listener: {
      async stop() {
        stopped = true;
        clearTimeout(retry);
        await current?.end().catch(() => undefined);
      },
    },
  };
}
