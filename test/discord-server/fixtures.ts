/**
 * The fake Discord "world": the bot, a few users, two guilds and DM channels. Everything is plain
 * Discord API v10 JSON so the same objects can be sent over the gateway, returned from REST and
 * compared in assertions.
 */
import type {
  APIDMChannel,
  APIGuildCategoryChannel,
  APIGuildMember,
  APIRole,
  APITextChannel,
  APIUser,
  ChannelFlags,
  GuildMemberFlags,
  Locale,
  RoleFlags,
  UserFlags,
} from "discord.js";
import { ALL_PERMISSIONS, ChannelType, NO_FLAGS, Permission } from "./constants.ts";
import type { SnowflakeGenerator } from "./snowflake.ts";

/** discord-api-types models locales as a string enum, so a plain string literal needs this cast. */
export const DEFAULT_LOCALE = "en-US" as Locale;

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  /** The default text channel, `#general`. */
  textChannel: APITextChannel;
  category: APIGuildCategoryChannel;
  channels: (APITextChannel | APIGuildCategoryChannel)[];
  roles: {
    /** Discord's @everyone role always has the guild's id. */
    everyone: APIRole;
    /** Has ADMINISTRATOR | MANAGE_GUILD. */
    admin: APIRole;
    /** The managed role Discord creates for a bot when it joins with permissions. */
    bot: APIRole;
  };
  /** Every member, including the bot. */
  members: APIGuildMember[];
  joinedAt: string;
}

export interface FakeUsers {
  /** Owner of the main guild, holds the Admin role there; also a plain member of the other guild. */
  admin: APIUser;
  /** A member of both guilds without special permissions. */
  member: APIUser;
  /** Admin of the other guild only. */
  otherAdmin: APIUser;
  /** Shares no guild with the bot; can only reach it through DMs. */
  outsider: APIUser;
}

export interface FakeWorld {
  applicationId: string;
  botUser: APIUser;
  users: FakeUsers;
  /** "Test Guild". */
  guild: FakeGuild;
  /** "Other Guild", for isolation tests (settings of one guild must not leak into the other). */
  otherGuild: FakeGuild;
  /** DM channels keyed by the recipient's user id. */
  dmChannels: Map<string, APIDMChannel>;
}

export function makeUser(id: string, username: string, globalName: string | null, bot = false): APIUser {
  return {
    id,
    username,
    // Users migrated to unique usernames have discriminator "0".
    discriminator: "0",
    global_name: globalName,
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: NO_FLAGS as UserFlags,
    flags: NO_FLAGS as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

function role(
  id: string,
  name: string,
  permissions: bigint,
  position: number,
  extra: Partial<APIRole> = {},
): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: NO_FLAGS as RoleFlags,
    ...extra,
  };
}

function member(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_FLAGS as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

const EVERYONE_PERMISSIONS =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.Connect |
  Permission.Speak |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.CreatePublicThreads |
  Permission.SendMessagesInThreads;

const BOT_ROLE_PERMISSIONS =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.AddReactions |
  Permission.UseExternalEmojis |
  Permission.SendMessagesInThreads;

interface GuildSpec {
  /** A chosen id (e.g. one routed to a given shard); a fresh snowflake otherwise. */
  id?: string;
  name: string;
  owner: APIUser;
  admins: APIUser[];
  members: APIUser[];
}

function makeGuild(ids: SnowflakeGenerator, botUser: APIUser, spec: GuildSpec): FakeGuild {
  const id = spec.id ?? ids.next();
  const joinedAt = new Date().toISOString();
  const everyone = role(id, "@everyone", EVERYONE_PERMISSIONS, 0);
  const admin = role(ids.next(), "Admin", Permission.Administrator | Permission.ManageGuild, 2, {
    hoist: true,
  });
  const bot = role(ids.next(), botUser.username, BOT_ROLE_PERMISSIONS, 1, {
    managed: true,
    tags: { bot_id: botUser.id },
  });
  const category: APIGuildCategoryChannel = {
    id: ids.next(),
    type: ChannelType.GuildCategory,
    guild_id: id,
    name: "Text Channels",
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    flags: NO_FLAGS as ChannelFlags,
  };
  const textChannel: APITextChannel = {
    id: ids.next(),
    type: ChannelType.GuildText,
    guild_id: id,
    name: "general",
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: category.id,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: NO_FLAGS as ChannelFlags,
  };
  // Members only list non-@everyone roles; @everyone is implied.
  const members = [
    member(botUser, [bot.id], joinedAt),
    ...spec.admins.map((user) => member(user, [admin.id], joinedAt)),
    ...spec.members.map((user) => member(user, [], joinedAt)),
  ];
  return {
    id,
    name: spec.name,
    ownerId: spec.owner.id,
    textChannel,
    category,
    channels: [category, textChannel],
    roles: { everyone, admin, bot },
    members,
    joinedAt,
  };
}

export function createWorld(
  ids: SnowflakeGenerator,
  options: { applicationId: string; botUsername: string; guildIds?: { guild?: string; otherGuild?: string } },
): FakeWorld {
  // For applications created since 2018 the bot user's id equals the application id.
  const botUser = makeUser(options.applicationId, options.botUsername, null, true);
  const users: FakeUsers = {
    admin: makeUser(ids.next(), "alice", "Alice"),
    member: makeUser(ids.next(), "bob", "Bob"),
    otherAdmin: makeUser(ids.next(), "carol", "Carol"),
    outsider: makeUser(ids.next(), "dave", "Dave"),
  };
  const guild = makeGuild(ids, botUser, {
    ...(options.guildIds?.guild ? { id: options.guildIds.guild } : {}),
    name: "Test Guild",
    owner: users.admin,
    admins: [users.admin],
    members: [users.member],
  });
  const otherGuild = makeGuild(ids, botUser, {
    ...(options.guildIds?.otherGuild ? { id: options.guildIds.otherGuild } : {}),
    name: "Other Guild",
    owner: users.otherAdmin,
    admins: [users.otherAdmin],
    members: [users.member, users.admin],
  });
  const world: FakeWorld = {
    applicationId: options.applicationId,
    botUser,
    users,
    guild,
    otherGuild,
    dmChannels: new Map(),
  };
  for (const user of Object.values(users)) dmChannelFor(world, ids, user);
  return world;
}

/** Returns (creating on first use) the DM channel between the bot and `user`. */
export function dmChannelFor(world: FakeWorld, ids: SnowflakeGenerator, user: APIUser): APIDMChannel {
  const existing = world.dmChannels.get(user.id);
  if (existing) return existing;
  const channel: APIDMChannel = {
    id: ids.next(),
    type: ChannelType.DM,
    name: null,
    last_message_id: null,
    flags: NO_FLAGS as ChannelFlags,
    recipients: [user],
  };
  world.dmChannels.set(user.id, channel);
  return channel;
}

export function guilds(world: FakeWorld): FakeGuild[] {
  return [world.guild, world.otherGuild];
}

export function allUsers(world: FakeWorld): APIUser[] {
  return [world.botUser, ...Object.values(world.users)];
}

export function findUser(world: FakeWorld, id: string): APIUser | undefined {
  return allUsers(world).find((user) => user.id === id);
}

export function findGuild(world: FakeWorld, id: string): FakeGuild | undefined {
  return guilds(world).find((guild) => guild.id === id);
}

export type KnownChannel =
  | { kind: "guild"; channel: APITextChannel | APIGuildCategoryChannel; guild: FakeGuild }
  | { kind: "dm"; channel: APIDMChannel; recipient: APIUser };

export function findChannel(world: FakeWorld, id: string): KnownChannel | undefined {
  for (const guild of guilds(world)) {
    const channel = guild.channels.find((candidate) => candidate.id === id);
    if (channel) return { kind: "guild", channel, guild };
  }
  for (const [userId, channel] of world.dmChannels) {
    const recipient = findUser(world, userId);
    if (channel.id === id && recipient) return { kind: "dm", channel, recipient };
  }
  return undefined;
}

export function findMember(guild: FakeGuild, userId: string): APIGuildMember | undefined {
  return guild.members.find((candidate) => candidate.user.id === userId);
}

export function findRole(guild: FakeGuild, roleId: string): APIRole | undefined {
  return Object.values(guild.roles).find((candidate) => candidate.id === roleId);
}

/**
 * Guild-level permissions of a member: @everyone | each role; the owner and ADMINISTRATOR get
 * everything. (No channel overwrites exist in these fixtures, so this is also the channel value.)
 */
export function memberPermissions(guild: FakeGuild, userId: string): bigint {
  const found = findMember(guild, userId);
  if (!found) return 0n;
  if (guild.ownerId === userId) return ALL_PERMISSIONS;
  let permissions = BigInt(guild.roles.everyone.permissions);
  for (const roleId of found.roles) {
    const matching = findRole(guild, roleId);
    if (matching) permissions |= BigInt(matching.permissions);
  }
  return (permissions & Permission.Administrator) !== 0n ? ALL_PERMISSIONS : permissions;
}

/** What Discord reports as `app_permissions` for interactions in DMs. */
export const DM_APP_PERMISSIONS =
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.MentionEveryone |
  Permission.UseExternalEmojis |
  Permission.UseApplicationCommands;
