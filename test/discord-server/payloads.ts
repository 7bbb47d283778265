/**
 * Builders for the JSON Discord sends: READY, GUILD_CREATE, MESSAGE_CREATE and message objects
 * returned by REST. Shapes follow Discord API v10 (checked against discord-api-types' types).
 */
import type {
  APIAttachment,
  APIDMChannel,
  APIEmbed,
  APIGuildMember,
  APIMessage,
  APIMessageTopLevelComponent,
  APITextChannel,
  APIUser,
  ApplicationFlags,
  GatewayGuildCreateDispatchData,
  GatewayMessageCreateDispatchData,
  GatewayReadyDispatchData,
  GuildSystemChannelFlags,
  MessageFlags,
} from "discord.js";
import { API_VERSION, ChannelType, Intents, InteractionType, MessageType, NO_FLAGS } from "./constants.ts";
import {
  DEFAULT_LOCALE,
  dmChannelFor,
  type FakeGuild,
  findChannel,
  findMember,
  findUser,
} from "./fixtures.ts";
import type { FakeContext, InteractionState } from "./state.ts";
import type { RecordedFile } from "./types.ts";
import type { MessageBody } from "./validation.ts";

export function readyPayload(
  ctx: FakeContext,
  sessionId: string,
  own: FakeGuild[],
  shard: [number, number],
): GatewayReadyDispatchData {
  return {
    v: API_VERSION,
    // READY carries the bot's private user object (verified/mfa/email), not just the public one.
    user: { ...ctx.world.botUser, verified: true, mfa_enabled: true, email: null },
    // Guilds start out unavailable; each becomes available with its GUILD_CREATE right after READY.
    // discord.js only emits `clientReady` once every listed guild has arrived.
    guilds: own.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: ctx.urls.resumeGateway,
    shard,
    application: { id: ctx.world.applicationId, flags: NO_FLAGS as ApplicationFlags, flags_new: "0" },
  };
}

export function memberWithoutUser(
  member: APIGuildMember,
): Omit<APIGuildMember, "user"> & { joined_at: string } {
  const { user: _user, ...rest } = member;
  return { ...rest, joined_at: member.joined_at ?? new Date(0).toISOString() };
}

export function guildCreatePayload(
  ctx: FakeContext,
  guild: FakeGuild,
  intents: number,
): GatewayGuildCreateDispatchData {
  // Without the privileged GUILD_MEMBERS intent Discord only includes the bot's own member.
  const members =
    (intents & Intents.GuildMembers) !== 0
      ? guild.members
      : guild.members.filter((member) => member.user.id === ctx.world.botUser.id);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: Object.values(guild.roles),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.textChannel.id,
    system_channel_flags: NO_FLAGS as GuildSystemChannelFlags,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: DEFAULT_LOCALE,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.length,
    voice_states: [],
    members,
    channels: guild.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Mentions

export interface ParsedMentions {
  users: APIUser[];
  roles: string[];
  everyone: boolean;
}

/** Discord derives `mentions`/`mention_roles`/`mention_everyone` from the content's markup. */
export function parseMentions(ctx: FakeContext, content: string, guild: FakeGuild | null): ParsedMentions {
  const users: APIUser[] = [];
  for (const match of content.matchAll(/<@!?(\d{15,25})>/g)) {
    const user = match[1] === undefined ? undefined : findUser(ctx.world, match[1]);
    if (user && !users.some((existing) => existing.id === user.id)) users.push(user);
  }
  const roles: string[] = [];
  if (guild) {
    for (const match of content.matchAll(/<@&(\d{15,25})>/g)) {
      const roleId = match[1];
      if (roleId !== undefined && Object.values(guild.roles).some((role) => role.id === roleId)) {
        if (!roles.includes(roleId)) roles.push(roleId);
      }
    }
  }
  return { users, roles, everyone: guild !== null && /@(everyone|here)\b/.test(content) };
}

function applyAllowedMentions(
  parsed: ParsedMentions,
  body: MessageBody,
  repliedTo: APIUser | null,
): ParsedMentions {
  const allowed = body.allowed_mentions;
  let { users, roles, everyone } = parsed;
  if (allowed) {
    const parse = allowed.parse ?? [];
    users = users.filter((user) => parse.includes("users") || (allowed.users ?? []).includes(user.id));
    roles = roles.filter((role) => parse.includes("roles") || (allowed.roles ?? []).includes(role));
    everyone = everyone && parse.includes("everyone");
  }
  // A reply pings its author unless `allowed_mentions.replied_user` is false.
  if (repliedTo && allowed?.replied_user !== false && !users.some((user) => user.id === repliedTo.id)) {
    users = [...users, repliedTo];
  }
  return { users, roles, everyone };
}

// ---------------------------------------------------------------------------------------------
// Messages the bot creates through REST (channel messages and interaction webhooks)

function guildOfChannel(ctx: FakeContext, channelId: string): FakeGuild | null {
  const known = findChannel(ctx.world, channelId);
  return known?.kind === "guild" ? known.guild : null;
}

function buildAttachments(
  ctx: FakeContext,
  channelId: string,
  body: MessageBody,
  files: RecordedFile[],
  existing: APIAttachment[],
): APIAttachment[] {
  const refs = body.attachments;
  // Without an `attachments` array an edit keeps the current attachments and adds new uploads.
  const kept = refs
    ? existing.filter((attachment) => refs.some((ref) => String(ref.id) === attachment.id))
    : existing;
  const uploaded = files.map((file, index): APIAttachment => {
    // `files[n]` pairs with the `attachments` entry whose id is n (discord.js numbers them that way).
    const fieldIndex = /^files\[(\d+)\]$/.exec(file.field)?.[1] ?? String(index);
    const ref = refs?.find((candidate) => String(candidate.id) === fieldIndex);
    const id = ctx.ids.next();
    const filename = ref?.filename ?? file.filename;
    const key = `${channelId}/${id}/${filename}`;
    ctx.attachments.set(key, { data: file.data, contentType: file.contentType });
    const url = `${ctx.urls.http}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: file.data.length,
      url,
      proxy_url: url,
      ...(file.contentType ? { content_type: file.contentType } : {}),
      ...(ref?.description ? { description: ref.description } : {}),
    };
  });
  return [...kept, ...uploaded];
}

/** Discord fills in `type: "rich"` for embeds sent by bots. */
function normalizeEmbeds(embeds: MessageBody["embeds"]): APIEmbed[] {
  // The body was validated against the embed schema; the remaining keys pass through untouched.
  return (embeds ?? []).map((embed) => ({ type: "rich", ...embed }) as APIEmbed);
}

export interface BotMessageInput {
  channelId: string;
  body: MessageBody;
  files: RecordedFile[];
  /** Set for messages created through an interaction's webhook. */
  interaction?: InteractionState;
  /** Extra flags Discord adds itself (e.g. LOADING for deferred replies). */
  extraFlags?: number;
}

export function createBotMessage(ctx: FakeContext, input: BotMessageInput): APIMessage {
  const { body, channelId, interaction } = input;
  const guild = guildOfChannel(ctx, channelId);
  const referenceId = body.message_reference?.message_id;
  const referenced = referenceId ? (ctx.messages.get(channelId, referenceId) ?? null) : null;
  const content = body.content ?? "";
  const mentions = applyAllowedMentions(parseMentions(ctx, content, guild), body, referenced?.author ?? null);
  const message: APIMessage = {
    id: ctx.ids.next(),
    channel_id: channelId,
    author: ctx.world.botUser,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts ?? false,
    mention_everyone: mentions.everyone,
    mentions: mentions.users,
    mention_roles: mentions.roles,
    attachments: buildAttachments(ctx, channelId, body, input.files, []),
    embeds: normalizeEmbeds(body.embeds),
    pinned: false,
    type: interaction
      ? interactionMessageType(interaction)
      : referenced
        ? MessageType.Reply
        : MessageType.Default,
    flags: (body.flags ?? 0) | (input.extraFlags ?? 0),
    components: (body.components ?? []) as APIMessageTopLevelComponent[],
    ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
    ...(referenced
      ? {
          message_reference: {
            type: 0,
            message_id: referenced.id,
            channel_id: channelId,
            ...(guild ? { guild_id: guild.id } : {}),
          },
          referenced_message: referenced,
        }
      : {}),
    ...(interaction
      ? {
          // Interaction responses are sent by the application's webhook.
          webhook_id: ctx.world.applicationId,
          application_id: ctx.world.applicationId,
          interaction_metadata: {
            id: interaction.id,
            type: interaction.type,
            user: interaction.payload.user ?? interaction.payload.member?.user ?? ctx.world.users.admin,
            authorizing_integration_owners: interaction.payload.authorizing_integration_owners,
          },
        }
      : {}),
  };
  return ctx.messages.put(message);
}

function interactionMessageType(interaction: InteractionState): number {
  // Replies to slash commands are CHAT_INPUT_COMMAND messages; component/modal replies are plain.
  return interaction.type === InteractionType.ApplicationCommand
    ? MessageType.ChatInputCommand
    : MessageType.Default;
}

/** Applies an edit (PATCH) body to a stored message, the way Discord merges partial edits. */
export function editBotMessage(
  ctx: FakeContext,
  message: APIMessage,
  body: MessageBody,
  files: RecordedFile[],
  clearFlags = 0,
): APIMessage {
  const guild = guildOfChannel(ctx, message.channel_id);
  const content = body.content === undefined ? message.content : (body.content ?? "");
  const mentions = applyAllowedMentions(parseMentions(ctx, content, guild), body, null);
  const edited: APIMessage = {
    ...message,
    content,
    mentions: mentions.users,
    mention_roles: mentions.roles,
    mention_everyone: mentions.everyone,
    embeds: body.embeds === undefined ? message.embeds : normalizeEmbeds(body.embeds),
    components:
      body.components === undefined
        ? message.components
        : ((body.components ?? []) as APIMessageTopLevelComponent[]),
    attachments: buildAttachments(ctx, message.channel_id, body, files, message.attachments),
    flags: ((body.flags ?? message.flags ?? 0) | 0) & ~clearFlags,
    edited_timestamp: new Date().toISOString(),
  };
  return ctx.messages.put(edited);
}

// ---------------------------------------------------------------------------------------------
// Messages users send (MESSAGE_CREATE)

export interface UserMessageSpec {
  content: string;
  /** Default: `users.member` (a plain member of the main guild). */
  author?: APIUser;
  /** A guild text channel, a DM channel, or "dm" for the author's DM with the bot. Default: main guild's #general. */
  channel?: APITextChannel | APIDMChannel | "dm";
  /** Defaults are derived from `content` (`<@id>`, `<@&id>`, `@everyone`), like Discord does. */
  mentions?: APIUser[];
  mention_everyone?: boolean;
  mention_roles?: string[];
  /** Makes this a reply to an earlier message (e.g. one the bot sent). */
  replyTo?: APIMessage;
  attachments?: APIAttachment[];
}

export function buildUserMessage(ctx: FakeContext, spec: UserMessageSpec): GatewayMessageCreateDispatchData {
  const author = spec.author ?? ctx.world.users.member;
  const channel =
    spec.channel === "dm"
      ? dmChannelFor(ctx.world, ctx.ids, author)
      : (spec.channel ?? ctx.world.guild.textChannel);
  const known = findChannel(ctx.world, channel.id);
  if (!known) throw new Error(`sendMessage: channel ${channel.id} is not known to the fake Discord`);
  const guild = known.kind === "guild" ? known.guild : null;
  const member = guild ? findMember(guild, author.id) : undefined;
  if (guild && !member) throw new Error(`sendMessage: ${author.username} is not a member of ${guild.name}`);
  const parsed = parseMentions(ctx, spec.content, guild);
  const mentionedUsers = spec.mentions ?? parsed.users;
  const message: GatewayMessageCreateDispatchData = {
    id: ctx.ids.next(),
    channel_id: channel.id,
    author,
    content: spec.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: spec.mention_everyone ?? parsed.everyone,
    // In guilds each mentioned user carries their (partial) member object.
    mentions: mentionedUsers.map((user) => {
      const mentionedMember = guild ? findMember(guild, user.id) : undefined;
      return mentionedMember ? { ...user, member: memberWithoutUser(mentionedMember) } : user;
    }),
    mention_roles: spec.mention_roles ?? parsed.roles,
    attachments: spec.attachments ?? [],
    embeds: [],
    components: [],
    pinned: false,
    type: spec.replyTo ? MessageType.Reply : MessageType.Default,
    flags: NO_FLAGS as MessageFlags,
    nonce: ctx.ids.next(),
    // Discord includes the channel type so clients can handle DMs from uncached channels.
    channel_type: known.kind === "guild" ? ChannelType.GuildText : ChannelType.DM,
    ...(guild && member ? { guild_id: guild.id, member: memberWithoutUser(member) } : {}),
    ...(spec.replyTo
      ? {
          message_reference: {
            type: 0,
            message_id: spec.replyTo.id,
            channel_id: channel.id,
            ...(guild ? { guild_id: guild.id } : {}),
          },
          referenced_message: spec.replyTo,
        }
      : {}),
  };
  const { guild_id: _guildId, member: _member, channel_type: _channelType, ...stored } = message;
  ctx.messages.put(stored);
  return message;
}

/**
 * What a session with `intents` actually receives for a MESSAGE_CREATE: nothing without the
 * GUILD_MESSAGES / DIRECT_MESSAGES intent, and empty content/embeds/attachments/components without
 * MESSAGE_CONTENT unless the message is a DM, mentions the bot, or is the bot's own.
 */
export function messageForIntents(
  message: GatewayMessageCreateDispatchData,
  intents: number,
  botId: string,
): GatewayMessageCreateDispatchData | null {
  const isDm = message.guild_id === undefined;
  if ((intents & (isDm ? Intents.DirectMessages : Intents.GuildMessages)) === 0) return null;
  const exempt = isDm || message.author.id === botId || message.mentions.some((user) => user.id === botId);
  if ((intents & Intents.MessageContent) !== 0 || exempt) return message;
  return { ...message, content: "", embeds: [], attachments: [], components: [] };
}
