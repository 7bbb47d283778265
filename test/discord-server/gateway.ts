/**
 * Gateway v10 over WebSocket (JSON encoding, no compression): HELLO, IDENTIFY -> READY +
 * GUILD_CREATE, heartbeats, sequence numbers, RESUME with replay of missed dispatches.
 *
 * A *session* outlives its socket: dispatches sent while the socket is down are buffered and
 * replayed when the client RESUMEs, exactly what discord.js relies on after a network blip.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { z } from "zod";
import { API_VERSION, GatewayCloseCode, GatewayOp, PRIVILEGED_INTENTS } from "./constants.ts";
import { findGuild, guilds } from "./fixtures.ts";
import { guildCreatePayload, readyPayload } from "./payloads.ts";
import { shardOf } from "./snowflake.ts";
import type { FakeContext } from "./state.ts";
import type { DispatchRecord, GatewayConnectionRecord } from "./types.ts";

interface LoggedDispatch {
  s: number;
  t: string;
  d: unknown;
}

export interface GatewaySession {
  id: string;
  intents: number;
  /** `[shard_id, shard_count]` from IDENTIFY; null for an unsharded connection (it gets everything). */
  shard: [number, number] | null;
  seq: number;
  /** Every dispatch of this session, for RESUME replays. */
  log: LoggedDispatch[];
  connection: Connection | null;
  /** Invalidated sessions cannot be resumed and receive no dispatches. */
  invalidated: boolean;
}

interface Connection {
  ws: WebSocket;
  record: GatewayConnectionRecord;
  session: GatewaySession | null;
  /** Set when the fake closes the socket, so the close is attributed to the server. */
  closingByServer: boolean;
}

const frameSchema = z.looseObject({ op: z.number().int(), d: z.unknown().optional() });
const identifySchema = z.looseObject({
  token: z.string(),
  intents: z.number().int(),
  properties: z.record(z.string(), z.unknown()),
  shard: z.tuple([z.number().int(), z.number().int()]).optional(),
});
const resumeSchema = z.looseObject({
  token: z.string(),
  session_id: z.string(),
  seq: z.number().int().nullable(),
});
const requestMembersSchema = z.looseObject({
  guild_id: z.string(),
  user_ids: z.union([z.string(), z.array(z.string())]).optional(),
  nonce: z.string().optional(),
});

/**
 * Builds the per-session payload of a dispatch: the data to send, or null to skip that session
 * (used to honour intents).
 */
export type DispatchBuilder = (session: GatewaySession) => unknown;

/**
 * Whether a session receives an event about `guildId`: an unsharded session receives everything;
 * a shard receives its own servers (`(guild_id >> 22) % shard_count`), and shard 0 the direct
 * messages (`guildId` null). `undefined`: an event about no server and no DM, sent to every session.
 */
export function sessionReceives(session: GatewaySession, guildId: string | null | undefined): boolean {
  if (!session.shard || guildId === undefined) return true;
  const [id, count] = session.shard;
  return guildId === null ? id === 0 : shardOf(guildId, count) === id;
}

export class FakeGateway {
  readonly #ctx: FakeContext;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #sessions = new Map<string, GatewaySession>();
  readonly #connections = new Set<Connection>();
  #nextConnectionId = 1;

  constructor(ctx: FakeContext) {
    this.#ctx = ctx;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onConnection(ws, req));
  }

  /** Sessions that can still receive dispatches (live or waiting to be resumed). */
  get activeSessions(): GatewaySession[] {
    return [...this.#sessions.values()].filter((session) => !session.invalidated);
  }

  /**
   * Queues a dispatch on every active session that receives events about `guildId` (see
   * `sessionReceives`); sends it right away where the socket is up.
   */
  dispatch(t: string, build: DispatchBuilder, guildId?: string | null): DispatchRecord[] {
    const records: DispatchRecord[] = [];
    for (const session of this.activeSessions) {
      if (!sessionReceives(session, guildId)) continue;
      const d = build(session);
      if (d === null) continue;
      records.push(this.#dispatchTo(session, t, d));
    }
    return records;
  }

  /**
   * Abruptly drops every live bot socket. Without `code` the TCP connection is destroyed (the
   * client sees 1006); with a code (e.g. 4000) a close frame is sent. Both are resumable.
   */
  dropSockets(code?: number): number {
    let dropped = 0;
    for (const connection of this.#connections) {
      if (connection.ws.readyState !== WebSocket.OPEN) continue;
      connection.closingByServer = true;
      if (code === undefined) connection.ws.terminate();
      else connection.ws.close(code, "Connection dropped by the test");
      dropped += 1;
    }
    return dropped;
  }

  /** Sends op 7 RECONNECT: the client should reconnect and resume. */
  requestReconnect(): void {
    for (const connection of this.#connections) this.#send(connection, { op: GatewayOp.Reconnect, d: null });
  }

  /** Sends op 9 INVALID_SESSION; with `resumable: false` the client must identify again. */
  invalidateSessions(resumable: boolean): void {
    for (const session of this.activeSessions) {
      if (!resumable) session.invalidated = true;
      if (session.connection) this.#send(session.connection, { op: GatewayOp.InvalidSession, d: resumable });
    }
  }

  close(): Promise<void> {
    for (const connection of this.#connections) {
      connection.closingByServer = true;
      connection.ws.terminate();
    }
    return new Promise((resolve) => this.#wss.close(() => resolve()));
  }

  // ---------------------------------------------------------------------------------------------

  #onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? "/", "ws://fake.invalid");
    const record: GatewayConnectionRecord = {
      id: this.#nextConnectionId++,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      openedAt: Date.now(),
      heartbeats: 0,
      closedAt: null,
      closeCode: null,
      closedBy: null,
    };
    const connection: Connection = { ws, record, session: null, closingByServer: false };
    this.#connections.add(connection);
    this.#ctx.journals.connections.push(record);
    this.#ctx.options.log(`gateway: connection #${record.id} on ${req.url ?? "/"}`);

    ws.on("message", (data, isBinary) => this.#onMessage(connection, data, isBinary));
    ws.on("close", (code) => this.#onClose(connection, code));
    ws.on("error", (error) => this.#ctx.options.log(`gateway: socket error ${error.message}`));

    if (record.query.v !== undefined && record.query.v !== String(API_VERSION)) {
      this.#closeWith(connection, GatewayCloseCode.InvalidApiVersion, "Invalid API version");
      return;
    }
    if (record.query.encoding !== undefined && record.query.encoding !== "json") {
      // Only JSON is implemented; ETF clients get a decode error like a broken payload would.
      this.#closeWith(connection, GatewayCloseCode.DecodeError, "Only encoding=json is supported");
      return;
    }
    // `compress=zlib-stream` is ignored: clients handle uncompressed text frames as plain JSON.
    this.#send(connection, {
      op: GatewayOp.Hello,
      d: {
        heartbeat_interval: this.#ctx.options.heartbeatIntervalMs,
        _trace: ['["fake-gateway",{"micros":0}]'],
      },
    });
  }

  #onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    let frame: z.infer<typeof frameSchema>;
    try {
      if (isBinary) throw new Error("binary frame");
      frame = frameSchema.parse(JSON.parse(rawToString(data)));
    } catch {
      this.#closeWith(connection, GatewayCloseCode.DecodeError, "Error while decoding payload.");
      return;
    }
    switch (frame.op) {
      case GatewayOp.Heartbeat:
        // Heartbeats are allowed before identifying too.
        connection.record.heartbeats += 1;
        this.#send(connection, { op: GatewayOp.HeartbeatAck });
        return;
      case GatewayOp.Identify:
        this.#identify(connection, frame.d);
        return;
      case GatewayOp.Resume:
        this.#resume(connection, frame.d);
        return;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
        if (!connection.session)
          this.#closeWith(connection, GatewayCloseCode.NotAuthenticated, "Not authenticated.");
        return;
      case GatewayOp.RequestGuildMembers:
        if (!connection.session) {
          this.#closeWith(connection, GatewayCloseCode.NotAuthenticated, "Not authenticated.");
          return;
        }
        this.#requestGuildMembers(connection.session, frame.d);
        return;
      default:
        this.#closeWith(connection, GatewayCloseCode.UnknownOpcode, "Unknown opcode.");
    }
  }

  #identify(connection: Connection, raw: unknown): void {
    const { options } = this.#ctx;
    if (connection.session) {
      this.#closeWith(connection, GatewayCloseCode.AlreadyAuthenticated, "Already authenticated.");
      return;
    }
    const parsed = identifySchema.safeParse(raw);
    if (!parsed.success) {
      this.#closeWith(connection, GatewayCloseCode.DecodeError, "Error while decoding payload.");
      return;
    }
    const identify = parsed.data;
    if (identify.token.replace(/^Bot\s+/i, "") !== options.token) {
      this.#closeWith(connection, GatewayCloseCode.AuthenticationFailed, "Authentication failed.");
      return;
    }
    if (identify.intents < 0 || identify.intents >= 1 << 26) {
      this.#closeWith(connection, GatewayCloseCode.InvalidIntents, "Invalid intent(s).");
      return;
    }
    if ((identify.intents & PRIVILEGED_INTENTS & ~options.enabledPrivilegedIntents) !== 0) {
      this.#closeWith(connection, GatewayCloseCode.DisallowedIntents, "Disallowed intent(s).");
      return;
    }
    const shard = identify.shard ?? null;
    if (shard && (shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1])) {
      this.#closeWith(connection, GatewayCloseCode.InvalidShard, "Invalid shard.");
      return;
    }
    // A fresh IDENTIFY means the bot restarted or gave up resuming: sessions that are not
    // connected anymore will never be resumed, so stop buffering dispatches for them.
    for (const old of this.activeSessions) if (!old.connection) old.invalidated = true;

    const session: GatewaySession = {
      id: randomBytes(16).toString("hex"),
      intents: identify.intents,
      shard,
      seq: 0,
      log: [],
      connection,
      invalidated: false,
    };
    this.#sessions.set(session.id, session);
    connection.session = session;
    // A shard is told only of the servers routed to it.
    const own = guilds(this.#ctx.world).filter((guild) => sessionReceives(session, guild.id));
    this.#dispatchTo(session, "READY", readyPayload(this.#ctx, session.id, own, shard ?? [0, 1]));
    // Guilds arrive as GUILD_CREATE after READY (they were "unavailable" in READY).
    for (const guild of own) {
      this.#dispatchTo(session, "GUILD_CREATE", guildCreatePayload(this.#ctx, guild, session.intents));
    }
    this.#ctx.journals.identifies.push({
      sessionId: session.id,
      connectionId: connection.record.id,
      intents: identify.intents,
      shard,
      properties: identify.properties,
      at: Date.now(),
    });
  }

  #resume(connection: Connection, raw: unknown): void {
    const parsed = resumeSchema.safeParse(raw);
    if (!parsed.success) {
      this.#closeWith(connection, GatewayCloseCode.DecodeError, "Error while decoding payload.");
      return;
    }
    const { token, session_id: sessionId, seq } = parsed.data;
    if (token.replace(/^Bot\s+/i, "") !== this.#ctx.options.token) {
      this.#closeWith(connection, GatewayCloseCode.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const session = this.#sessions.get(sessionId);
    if (!session || session.invalidated) {
      // d: false tells the client to start over with a new IDENTIFY.
      this.#send(connection, { op: GatewayOp.InvalidSession, d: false });
      return;
    }
    const lastSeen = seq ?? 0;
    if (lastSeen > session.seq) {
      this.#closeWith(connection, GatewayCloseCode.InvalidSeq, "Invalid seq.");
      return;
    }
    // A session has one socket; a late RESUME wins over a connection that is somehow still open.
    if (session.connection && session.connection !== connection) {
      session.connection.closingByServer = true;
      session.connection.ws.terminate();
    }
    session.connection = connection;
    connection.session = session;
    const missed = session.log.filter((entry) => entry.s > lastSeen);
    for (const entry of missed)
      this.#send(connection, { op: GatewayOp.Dispatch, s: entry.s, t: entry.t, d: entry.d });
    this.#dispatchTo(session, "RESUMED", {});
    this.#ctx.journals.resumes.push({
      sessionId,
      connectionId: connection.record.id,
      seq: lastSeen,
      replayed: missed.length,
      path: connection.record.path,
      at: Date.now(),
    });
  }

  #requestGuildMembers(session: GatewaySession, raw: unknown): void {
    const parsed = requestMembersSchema.safeParse(raw);
    if (!parsed.success) return;
    const guild = findGuild(this.#ctx.world, parsed.data.guild_id);
    if (!guild) return;
    const wanted = parsed.data.user_ids;
    const ids = wanted === undefined ? null : Array.isArray(wanted) ? wanted : [wanted];
    const members = ids ? guild.members.filter((member) => ids.includes(member.user.id)) : guild.members;
    this.#dispatchTo(session, "GUILD_MEMBERS_CHUNK", {
      guild_id: guild.id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: ids ? ids.filter((id) => !members.some((member) => member.user.id === id)) : [],
      ...(parsed.data.nonce !== undefined ? { nonce: parsed.data.nonce } : {}),
    });
  }

  #onClose(connection: Connection, code: number): void {
    const { record } = connection;
    record.closedAt = Date.now();
    record.closeCode = code;
    record.closedBy = connection.closingByServer ? "server" : "client";
    this.#connections.delete(connection);
    const session = connection.session;
    if (session && session.connection === connection) {
      session.connection = null;
      // A client closing with 1000/1001 ends its session for good (discord.js does this on destroy()).
      if (!connection.closingByServer && (code === 1000 || code === 1001)) session.invalidated = true;
    }
    this.#ctx.options.log(`gateway: connection #${record.id} closed with ${code} by ${record.closedBy}`);
  }

  #dispatchTo(session: GatewaySession, t: string, d: unknown): DispatchRecord {
    session.seq += 1;
    const entry: LoggedDispatch = { s: session.seq, t, d };
    session.log.push(entry);
    const connection = session.connection;
    const live = connection !== null && connection.ws.readyState === WebSocket.OPEN;
    if (connection && live) this.#send(connection, { op: GatewayOp.Dispatch, s: entry.s, t, d });
    const record: DispatchRecord = { sessionId: session.id, seq: entry.s, t, d, sentImmediately: live };
    this.#ctx.journals.dispatches.push(record);
    return record;
  }

  #send(connection: Connection, payload: { op: number; d?: unknown; s?: number; t?: string }): void {
    if (connection.ws.readyState !== WebSocket.OPEN) return;
    // Non-dispatch payloads carry `s: null, t: null` on the real gateway.
    connection.ws.send(JSON.stringify({ t: null, s: null, d: null, ...payload }));
  }

  #closeWith(connection: Connection, code: number, reason: string): void {
    connection.closingByServer = true;
    this.#ctx.options.log(`gateway: closing connection #${connection.record.id} with ${code} (${reason})`);
    connection.ws.close(code, reason);
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString("utf8");
  return data.toString("utf8");
}
