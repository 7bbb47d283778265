/**
 * A Discord API v10 + Gateway v10 look-alike for end-to-end tests. Real discord.js clients (and
 * @discordjs/rest scripts) talk to it over real sockets on 127.0.0.1:
 *
 *   const discord = await startFakeDiscord();
 *   const client = new Client({ intents, partials: [Partials.Channel], rest: { api: discord.apiUrl } });
 *   await client.login(discord.token);          // GET /gateway/bot -> ws://127.0.0.1:PORT
 *   const reply = await discord.sendInteraction({ kind: "command", name: "ask" }).waitForCallback();
 *
 * With the bot in a child process, pass `DISCORD_API_URL=discord.apiUrl` and
 * `DISCORD_TOKEN=discord.token`, spawn `process.execPath --import tsx src/main.ts` (not `npx`, whose
 * kill does not reach the grandchild), then `await discord.waitForReady({ timeoutMs: 20_000 })`.
 *
 * test/discord-server.test.ts shows every supported flow against the real client.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  APIDMChannel,
  APIInteraction,
  APIMessage,
  APIUser,
  GatewayMessageCreateDispatchData,
} from "discord.js";
import { Intents, PRIVILEGED_INTENTS } from "./constants.ts";
import {
  createWorld,
  dmChannelFor,
  type FakeGuild,
  type FakeUsers,
  findChannel,
  findMember,
} from "./fixtures.ts";
import { FakeGateway } from "./gateway.ts";
import { buildInteraction, type InteractionSpec } from "./interactions.ts";
import { Journal } from "./journal.ts";
import { buildUserMessage, memberWithoutUser, messageForIntents, type UserMessageSpec } from "./payloads.ts";
import { createRestHandler } from "./rest.ts";
import { SnowflakeGenerator } from "./snowflake.ts";
import {
  CommandRegistry,
  type FakeContext,
  type Journals,
  MessageStore,
  type ResolvedOptions,
} from "./state.ts";
import type {
  ChannelMessageRecord,
  DispatchRecord,
  GatewayConnectionRecord,
  IdentifyRecord,
  InteractionCallbackRecord,
  RecordedRequest,
  ResumeRecord,
  WebhookRecord,
} from "./types.ts";

export { Intents, PRIVILEGED_INTENTS } from "./constants.ts";
export type { FakeGuild, FakeUsers } from "./fixtures.ts";
export type {
  AutocompleteInteractionSpec,
  ButtonInteractionSpec,
  CommandInteractionSpec,
  InteractionSpec,
  InteractionTarget,
  ModalSubmitInteractionSpec,
  OptionValue,
  SelectInteractionSpec,
} from "./interactions.ts";
export { WaitTimeoutError } from "./journal.ts";
export type { UserMessageSpec } from "./payloads.ts";
export { guildIdOnShard, shardOf } from "./snowflake.ts";
export type { CommandRegistry } from "./state.ts";
export type * from "./types.ts";

export interface FakeDiscordOptions {
  /** Bot token the fake accepts. Default: a random token in Discord's format. */
  token?: string;
  /** Application id; also the bot user's id. Default: a fresh snowflake. */
  applicationId?: string;
  /** Default "Attache". */
  botUsername?: string;
  /** HELLO heartbeat interval. Default 41250 (Discord's value); use ~100-500 to exercise heartbeats. */
  heartbeatIntervalMs?: number;
  /** Timeout of every wait helper unless overridden per call. Default 5000. */
  defaultTimeoutMs?: number;
  /** Initial interaction responses later than this are rejected (404 Unknown interaction). 0 = off. Default 3000. */
  interactionResponseDeadlineMs?: number;
  /** Privileged intents "enabled in the developer portal". Default: all three. */
  enabledPrivilegedIntents?: number;
  /** `shards` that GET /gateway/bot recommends (what SHARD_COUNT=auto reads). Default 1. */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency` of GET /gateway/bot: shards that may identify at once. Default 1. */
  maxConcurrency?: number;
  /** Chosen ids for the two servers, e.g. `guildIdOnShard(1, 2)` to put one on each of two shards. */
  guildIds?: { guild?: string; otherGuild?: string };
  /** Debug log sink. Default: silent unless FAKE_DISCORD_DEBUG is set (then stderr). */
  log?: (line: string) => void;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Wait for the n-th occurrence (counting ones that already happened). Default 1. */
  count?: number;
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** The INTERACTION_CREATE payload that was dispatched. */
  payload: APIInteraction;
  /** Resolves with the bot's initial response (POST /interactions/:id/:token/callback). */
  waitForCallback(timeoutMs?: number): Promise<InteractionCallbackRecord>;
  /** Resolves with the first (past or future) webhook call for this interaction matching `predicate`. */
  waitForWebhook(predicate?: (record: WebhookRecord) => boolean, timeoutMs?: number): Promise<WebhookRecord>;
  /** Current state of `@original` (the reply, or the component's message after an update). */
  originalMessage(): APIMessage | undefined;
}

export interface SentUserMessage {
  payload: GatewayMessageCreateDispatchData;
  /** One record per bot session that received it (empty when intents filtered it out). */
  delivered: DispatchRecord[];
}

export interface FakeDiscord {
  /** Give this to discord.js as `rest: { api }` / to `new REST({ api })`; discord.js appends `/v10`. */
  apiUrl: string;
  /** `http://127.0.0.1:PORT` */
  httpUrl: string;
  /** `ws://127.0.0.1:PORT`, also what GET /gateway/bot returns. */
  gatewayUrl: string;
  port: number;
  token: string;
  applicationId: string;
  botUser: APIUser;
  users: FakeUsers;
  /** "Test Guild" with #general; `users.admin` owns it, `users.member` is a plain member. */
  guild: FakeGuild;
  /** "Other Guild"; `users.otherAdmin` is its admin, `users.admin` and `users.member` are plain members. */
  otherGuild: FakeGuild;
  dmChannel(user: APIUser): APIDMChannel;
  /**
   * A file a user attaches to a command: served at its CDN-like url. Pass the returned id as an
   * ATTACHMENT option's value; the interaction's `resolved.attachments` then describes it.
   */
  uploadAttachment(filename: string, data: Buffer | string, contentType?: string): string;

  /** All REST calls, in order. */
  requests: readonly RecordedRequest[];
  /** REST calls that matched no route (404/405). A healthy run leaves this empty. */
  unknownRoutes: readonly RecordedRequest[];
  callbacks: readonly InteractionCallbackRecord[];
  webhooks: readonly WebhookRecord[];
  channelMessages: readonly ChannelMessageRecord[];
  /** Registered application commands: `commands.global`, `commands.guilds.get(guildId)`. */
  commands: CommandRegistry;
  identifies: readonly IdentifyRecord[];
  resumes: readonly ResumeRecord[];
  connections: readonly GatewayConnectionRecord[];
  dispatches: readonly DispatchRecord[];
  /** A message the fake knows (sent by users or the bot). */
  getMessage(messageId: string): APIMessage | undefined;

  /** Dispatches an INTERACTION_CREATE to the bot. Throws when no bot session exists. */
  sendInteraction(spec: InteractionSpec): InteractionHandle;
  /** Dispatches a user's MESSAGE_CREATE (filtered by the bot's intents, like Discord). */
  sendMessage(spec: UserMessageSpec): SentUserMessage;
  /** Sends any other dispatch event verbatim to every bot session (with a `guild_id`: to the shard that owns it). */
  dispatch(t: string, d: unknown): DispatchRecord[];

  /** Resolves once a bot has identified and received READY + GUILD_CREATEs (`count` identifies in total). */
  waitForReady(options?: WaitOptions): Promise<IdentifyRecord>;
  /** Resolves once a bot session has been resumed (`count` resumes in total). */
  waitForResume(options?: WaitOptions): Promise<ResumeRecord>;
  waitForInteractionCallback(interactionId: string, timeoutMs?: number): Promise<InteractionCallbackRecord>;
  waitForWebhook(
    token: string,
    predicate?: (record: WebhookRecord) => boolean,
    timeoutMs?: number,
  ): Promise<WebhookRecord>;
  /** Resolves with the first (past or future) message the bot POSTed to `channelId` matching `predicate`. */
  waitForChannelMessage(
    channelId: string,
    predicate?: (message: APIMessage, record: ChannelMessageRecord) => boolean,
    timeoutMs?: number,
  ): Promise<ChannelMessageRecord>;
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;

  /** Drops the bot's socket(s) (no code: TCP destroy -> 1006; or a close code like 4000). Returns how many. */
  dropSocket(code?: number): number;
  /**
   * Resets (TCP RST) the connection of every REST call matching `predicate` as it arrives, before
   * anything is answered or recorded in `requests`, as a network or a proxy between the bot and
   * Discord that fails would: the bot sees ECONNRESET. Until the returned function is called; the
   * calls severed so far are in `severed`.
   */
  severRequests(predicate: (request: { method: string; url: string }) => boolean): () => void;
  /** REST calls whose connection `severRequests` reset: method and url. */
  severed: readonly { method: string; url: string }[];
  /** op 7 RECONNECT. */
  requestReconnect(): void;
  /** op 9 INVALID_SESSION. */
  invalidateSession(resumable: boolean): void;

  /** Human-readable summary of what was recorded (also part of every timeout error). */
  describe(): string;
  close(): Promise<void>;
}

function defaultToken(applicationId: string): string {
  // Real bot tokens are base64(user id) . timestamp . hmac.
  return [
    Buffer.from(applicationId).toString("base64url"),
    randomBytes(4).toString("base64url"),
    randomBytes(27).toString("base64url"),
  ].join(".");
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const ids = new SnowflakeGenerator();
  const applicationId = options.applicationId ?? ids.next();
  const debugSink = process.env.FAKE_DISCORD_DEBUG
    ? (line: string) => console.error(`[fake-discord] ${line}`)
    : () => {};
  const resolved: ResolvedOptions = {
    token: options.token ?? defaultToken(applicationId),
    applicationId,
    botUsername: options.botUsername ?? "Attache",
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    defaultTimeoutMs: options.defaultTimeoutMs ?? 5_000,
    interactionResponseDeadlineMs: options.interactionResponseDeadlineMs ?? 3_000,
    enabledPrivilegedIntents: options.enabledPrivilegedIntents ?? PRIVILEGED_INTENTS,
    recommendedShards: options.recommendedShards ?? 1,
    maxConcurrency: options.maxConcurrency ?? 1,
    log: options.log ?? debugSink,
  };
  const world = createWorld(ids, {
    applicationId,
    botUsername: resolved.botUsername,
    ...(options.guildIds ? { guildIds: options.guildIds } : {}),
  });

  // `describe` closes over ctx, which is created just below; journals only call it on timeout.
  const describe = (): string => describeState(ctx);
  const journals: Journals = {
    requests: new Journal(describe),
    unknownRoutes: new Journal(describe),
    callbacks: new Journal(describe),
    webhooks: new Journal(describe),
    channelMessages: new Journal(describe),
    connections: new Journal(describe),
    identifies: new Journal(describe),
    resumes: new Journal(describe),
    dispatches: new Journal(describe),
  };
  const ctx: FakeContext = {
    options: resolved,
    world,
    ids,
    urls: { http: "", api: "", gateway: "", resumeGateway: "" },
    messages: new MessageStore(),
    commands: new CommandRegistry(),
    interactionsById: new Map(),
    interactionsByToken: new Map(),
    attachments: new Map(),
    userUploads: new Map(),
    journals,
    requestSeq: 0,
  };

  const gateway = new FakeGateway(ctx);

  /** The bot's own messages come back to it over the gateway, as on Discord. */
  const echo = (t: "MESSAGE_CREATE" | "MESSAGE_UPDATE", message: APIMessage) => {
    const known = findChannel(world, message.channel_id);
    const guild = known?.kind === "guild" ? known.guild : null;
    const botMember = guild ? findMember(guild, world.botUser.id) : undefined;
    const payload: GatewayMessageCreateDispatchData = {
      ...message,
      ...(guild ? { guild_id: guild.id } : {}),
      ...(botMember ? { member: memberWithoutUser(botMember) } : {}),
    };
    gateway.dispatch(
      t,
      (session) => messageForIntents(payload, session.intents, world.botUser.id),
      guild?.id ?? null,
    );
  };
  const handleRest = createRestHandler(ctx, {
    messageCreated: (message) => echo("MESSAGE_CREATE", message),
    messageUpdated: (message) => echo("MESSAGE_UPDATE", message),
    messageDeleted: (message) => {
      const known = findChannel(world, message.channel_id);
      const isDm = known?.kind !== "guild";
      const payload = {
        id: message.id,
        channel_id: message.channel_id,
        ...(known?.kind === "guild" ? { guild_id: known.guild.id } : {}),
      };
      gateway.dispatch(
        "MESSAGE_DELETE",
        (session) =>
          (session.intents & (isDm ? Intents.DirectMessages : Intents.GuildMessages)) !== 0 ? payload : null,
        known?.kind === "guild" ? known.guild.id : null,
      );
    },
  });

  const severing = new Set<(request: { method: string; url: string }) => boolean>();
  const severed: { method: string; url: string }[] = [];
  const server = createServer((req, res) => {
    const request = { method: req.method ?? "GET", url: req.url ?? "/" };
    if ([...severing].some((predicate) => predicate(request))) {
      severed.push(request);
      req.socket.resetAndDestroy();
      return;
    }
    handleRest(req, res).catch((error: unknown) => {
      resolved.log(`REST handler crashed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "500: Internal Server Error", code: 0 }));
    });
  });
  // Discord's edge keeps an idle connection open for minutes; Node's default of 5 s raced the bot's
  // own 5 s wait for a locked database: its reply was written onto a socket the server was closing
  // (EPIPE), which Discord never does.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  server.on("upgrade", (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  ctx.urls.http = `http://127.0.0.1:${port}`;
  ctx.urls.api = `${ctx.urls.http}/api`;
  ctx.urls.gateway = `ws://127.0.0.1:${port}`;
  // A distinct path makes it visible (connections[].path) that a client resumed via READY's URL.
  ctx.urls.resumeGateway = `ws://127.0.0.1:${port}/resume`;

  const timeout = (ms: number | undefined) => ms ?? resolved.defaultTimeoutMs;
  const requireSession = (what: string) => {
    if (gateway.activeSessions.length === 0) {
      throw new Error(
        `${what}: no bot session is connected to the fake gateway (await waitForReady() first).`,
      );
    }
  };
  let closed = false;

  const fake: FakeDiscord = {
    apiUrl: ctx.urls.api,
    httpUrl: ctx.urls.http,
    gatewayUrl: ctx.urls.gateway,
    port,
    token: resolved.token,
    applicationId,
    botUser: world.botUser,
    users: world.users,
    guild: world.guild,
    otherGuild: world.otherGuild,
    dmChannel: (user) => dmChannelFor(world, ids, user),
    uploadAttachment(filename, data, contentType) {
      const id = ids.next();
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      ctx.attachments.set(`uploads/${id}/${filename}`, { data: bytes, contentType: contentType ?? null });
      const url = `${ctx.urls.http}/attachments/uploads/${id}/${encodeURIComponent(filename)}`;
      ctx.userUploads.set(id, {
        id,
        filename,
        size: bytes.length,
        url,
        proxy_url: url,
        ...(contentType ? { content_type: contentType } : {}),
      });
      return id;
    },

    requests: journals.requests.items,
    unknownRoutes: journals.unknownRoutes.items,
    callbacks: journals.callbacks.items,
    webhooks: journals.webhooks.items,
    channelMessages: journals.channelMessages.items,
    commands: ctx.commands,
    identifies: journals.identifies.items,
    resumes: journals.resumes.items,
    connections: journals.connections.items,
    dispatches: journals.dispatches.items,
    getMessage: (messageId) => ctx.messages.find(messageId),

    sendInteraction(spec) {
      requireSession("sendInteraction");
      const state = buildInteraction(ctx, spec);
      // Discord measures the 3 second deadline from when it delivers the interaction.
      state.createdAt = Date.now();
      gateway.dispatch("INTERACTION_CREATE", () => state.payload, state.guildId);
      return {
        id: state.id,
        token: state.token,
        payload: state.payload,
        waitForCallback: (timeoutMs) =>
          journals.callbacks.waitFor(
            (record) => record.interactionId === state.id,
            timeout(timeoutMs),
            `the callback of ${spec.kind} interaction ${state.id}`,
          ),
        waitForWebhook: (predicate, timeoutMs) => fake.waitForWebhook(state.token, predicate, timeoutMs),
        originalMessage: () =>
          state.originalMessageId ? ctx.messages.find(state.originalMessageId) : undefined,
      };
    },

    sendMessage(spec) {
      requireSession("sendMessage");
      const payload = buildUserMessage(ctx, spec);
      const delivered = gateway.dispatch(
        "MESSAGE_CREATE",
        (session) => messageForIntents(payload, session.intents, world.botUser.id),
        payload.guild_id ?? null,
      );
      return { payload, delivered };
    },

    dispatch(t, d) {
      requireSession(`dispatch(${t})`);
      const guildId = typeof d === "object" && d !== null && "guild_id" in d ? String(d.guild_id) : undefined;
      return gateway.dispatch(t, () => d, guildId);
    },

    waitForReady: ({ timeoutMs, count = 1 } = {}) =>
      journals.identifies.waitForCount(
        () => true,
        count,
        timeout(timeoutMs),
        `identify #${count} (bot READY)`,
      ),
    waitForResume: ({ timeoutMs, count = 1 } = {}) =>
      journals.resumes.waitForCount(() => true, count, timeout(timeoutMs), `resume #${count}`),
    waitForInteractionCallback: (interactionId, timeoutMs) =>
      journals.callbacks.waitFor(
        (record) => record.interactionId === interactionId,
        timeout(timeoutMs),
        `the callback of interaction ${interactionId}`,
      ),
    waitForWebhook: (token, predicate = () => true, timeoutMs) =>
      journals.webhooks.waitFor(
        (record) => record.token === token && predicate(record),
        timeout(timeoutMs),
        `a matching webhook call for interaction token ${token.slice(0, 24)}…`,
      ),
    waitForChannelMessage: (channelId, predicate = () => true, timeoutMs) =>
      journals.channelMessages.waitFor(
        (record) => record.channelId === channelId && predicate(record.message, record),
        timeout(timeoutMs),
        `a matching bot message in channel ${channelId}`,
      ),
    waitForRequest: (predicate, timeoutMs) =>
      journals.requests.waitFor(predicate, timeout(timeoutMs), "a matching REST request"),

    dropSocket: (code) => gateway.dropSockets(code),
    severRequests(predicate) {
      severing.add(predicate);
      return () => severing.delete(predicate);
    },
    severed,
    requestReconnect: () => gateway.requestReconnect(),
    invalidateSession: (resumable) => gateway.invalidateSessions(resumable),

    describe,
    async close() {
      if (closed) return;
      closed = true;
      for (const journal of Object.values(journals)) journal.close("the fake Discord server was closed");
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

function summarizeRequest(request: RecordedRequest): string {
  const body = request.body === null ? "" : ` ${truncate(JSON.stringify(request.body), 160)}`;
  return `  #${request.seq} ${request.method} ${request.path}${
    Object.keys(request.query).length ? `?${new URLSearchParams(request.query)}` : ""
  } -> ${request.status}${body}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describeState(ctx: FakeContext): string {
  const { journals } = ctx;
  const requests = journals.requests.items;
  const recent = requests.slice(-25);
  const lines = [
    `Fake Discord state: ${journals.identifies.items.length} identify(s), ${journals.resumes.items.length} resume(s), ` +
      `${journals.connections.items.filter((c) => c.closedAt === null).length} open gateway connection(s), ` +
      `${journals.dispatches.items.length} dispatch(es).`,
    `Last dispatches: ${
      journals.dispatches.items
        .slice(-8)
        .map((d) => `${d.t}#${d.seq}${d.sentImmediately ? "" : "(buffered)"}`)
        .join(", ") || "none"
    }`,
    `REST requests (${requests.length}${requests.length > recent.length ? `, last ${recent.length}` : ""}):`,
    ...(recent.length ? recent.map(summarizeRequest) : ["  none"]),
  ];
  if (journals.unknownRoutes.items.length) {
    lines.push("Unknown routes:", ...journals.unknownRoutes.items.map(summarizeRequest));
  }
  return lines.join("\n");
}
