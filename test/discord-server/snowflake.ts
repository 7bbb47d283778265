/**
 * Snowflake ids the way Discord builds them, so that anything the client derives from an id
 * (`createdTimestamp`, sorting by id, `DiscordSnowflake.timestampFrom`) behaves like production.
 *
 * Layout (64 bits): milliseconds since the Discord epoch (42) | worker id (5) | process id (5) | increment (12).
 */
export const DISCORD_EPOCH = 1_420_070_400_000n;

export class SnowflakeGenerator {
  #increment = 0n;
  #lastTimestamp = 0n;

  constructor(
    private readonly workerId = 1n,
    private readonly processId = 0n,
    private readonly now: () => number = Date.now,
  ) {}

  next(): string {
    let timestamp = BigInt(this.now());
    // Keep ids strictly increasing even if the clock stands still or goes backwards, because
    // discord.js (and bots) sort messages/commands by id.
    if (timestamp < this.#lastTimestamp) timestamp = this.#lastTimestamp;
    if (timestamp === this.#lastTimestamp) {
      this.#increment = (this.#increment + 1n) & 0xfffn;
      if (this.#increment === 0n) timestamp += 1n;
    } else {
      this.#increment = 0n;
    }
    this.#lastTimestamp = timestamp;
    const id =
      ((timestamp - DISCORD_EPOCH) << 22n) |
      ((this.workerId & 0x1fn) << 17n) |
      ((this.processId & 0x1fn) << 12n) |
      this.#increment;
    return id.toString();
  }
}

/** Milliseconds since the Unix epoch encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** The shard that receives a server's events: `(guild_id >> 22) % shard_count`, as Discord routes them. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * A server id (a snowflake of about now) that Discord routes to `shard` of `shardCount`: for
 * tests that need servers on particular shards.
 */
export function guildIdOnShard(shard: number, shardCount: number, now = Date.now()): string {
  let millis = BigInt(now) - DISCORD_EPOCH;
  while (Number(millis % BigInt(shardCount)) !== shard) millis -= 1n;
  return ((millis << 22n) | (1n << 17n)).toString();
}
