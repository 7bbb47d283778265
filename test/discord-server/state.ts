/** Mutable server-side state shared by the REST and gateway halves of the fake. */
import type { APIApplicationCommand, APIAttachment, APIInteraction, APIMessage } from "discord.js";
import type { FakeWorld } from "./fixtures.ts";
import type { Journal } from "./journal.ts";
import type { SnowflakeGenerator } from "./snowflake.ts";
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

export interface ResolvedOptions {
  token: string;
  applicationId: string;
  botUsername: string;
  heartbeatIntervalMs: number;
  defaultTimeoutMs: number;
  /** 0 disables the deadline. */
  interactionResponseDeadlineMs: number;
  /** Bitmask of privileged intents "enabled in the developer portal". */
  enabledPrivilegedIntents: number;
  /** What GET /gateway/bot recommends. */
  recommendedShards: number;
  maxConcurrency: number;
  log: (line: string) => void;
}

export interface InteractionState {
  id: string;
  token: string;
  /** Interaction type (2 command, 3 component, 4 autocomplete, 5 modal submit). */
  type: number;
  payload: APIInteraction;
  channelId: string;
  guildId: string | null;
  createdAt: number;
  /** Callback type once acknowledged; Discord allows exactly one callback per interaction. */
  callbackType: number | null;
  /** The message `@original` refers to (the reply, or the component's message after an update). */
  originalMessageId: string | null;
  /** For component interactions (and modals opened from one): the message the component is on. */
  sourceMessageId: string | null;
  /** Every message created through this interaction's webhook (original + follow-ups). */
  messageIds: Set<string>;
}

export class MessageStore {
  readonly #byChannel = new Map<string, Map<string, APIMessage>>();

  put(message: APIMessage): APIMessage {
    let channel = this.#byChannel.get(message.channel_id);
    if (!channel) {
      channel = new Map();
      this.#byChannel.set(message.channel_id, channel);
    }
    channel.set(message.id, message);
    return message;
  }

  get(channelId: string, messageId: string): APIMessage | undefined {
    return this.#byChannel.get(channelId)?.get(messageId);
  }

  find(messageId: string): APIMessage | undefined {
    for (const channel of this.#byChannel.values()) {
      const message = channel.get(messageId);
      if (message) return message;
    }
    return undefined;
  }

  delete(channelId: string, messageId: string): boolean {
    return this.#byChannel.get(channelId)?.delete(messageId) ?? false;
  }

  inChannel(channelId: string): APIMessage[] {
    return [...(this.#byChannel.get(channelId)?.values() ?? [])];
  }
}

/** Registered application commands per scope. Arrays are replaced in place so references stay live. */
export class CommandRegistry {
  readonly global: APIApplicationCommand[] = [];
  readonly guilds = new Map<string, APIApplicationCommand[]>();

  forGuild(guildId: string): APIApplicationCommand[] {
    let list = this.guilds.get(guildId);
    if (!list) {
      list = [];
      this.guilds.set(guildId, list);
    }
    return list;
  }

  /** The command a user would invoke by `name` in `guildId` (guild commands shadow global ones). */
  lookup(name: string, guildId: string | null, type = 1): APIApplicationCommand | undefined {
    const matches = (command: APIApplicationCommand) => command.name === name && command.type === type;
    return (guildId ? this.guilds.get(guildId)?.find(matches) : undefined) ?? this.global.find(matches);
  }
}

export interface Journals {
  requests: Journal<RecordedRequest>;
  unknownRoutes: Journal<RecordedRequest>;
  callbacks: Journal<InteractionCallbackRecord>;
  webhooks: Journal<WebhookRecord>;
  channelMessages: Journal<ChannelMessageRecord>;
  connections: Journal<GatewayConnectionRecord>;
  identifies: Journal<IdentifyRecord>;
  resumes: Journal<ResumeRecord>;
  dispatches: Journal<DispatchRecord>;
}

export interface StoredAttachment {
  data: Buffer;
  contentType: string | null;
}

export interface FakeContext {
  options: ResolvedOptions;
  world: FakeWorld;
  ids: SnowflakeGenerator;
  urls: { http: string; api: string; gateway: string; resumeGateway: string };
  messages: MessageStore;
  commands: CommandRegistry;
  interactionsById: Map<string, InteractionState>;
  interactionsByToken: Map<string, InteractionState>;
  /** Uploaded files, served at `/attachments/:channelId/:attachmentId/:filename`. */
  attachments: Map<string, StoredAttachment>;
  /** Files users attach to commands (ATTACHMENT options), by attachment id. */
  userUploads: Map<string, APIAttachment>;
  journals: Journals;
  /** Increments for every REST call. */
  requestSeq: number;
}
