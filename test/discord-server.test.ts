/**
 * Proves the fake Discord server in test/discord-server/ against the REAL discord.js v14 client
 * and @discordjs/rest, over real sockets on 127.0.0.1.
 */
import { once } from "node:events";
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  type Interaction,
  LabelBuilder,
  type Message,
  MessageFlags,
  ModalBuilder,
  Partials,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from "./discord-server/index.ts";

const BOT_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

/** A real discord.js client wired to the fake, plus helpers to run one handler per event. */
interface Bot {
  client: Client;
  /** Runs `fn` for the next interaction the client receives; resolves with its result. */
  nextInteraction<T>(fn: (interaction: Interaction) => Promise<T>, timeoutMs?: number): Promise<T>;
  /** Runs `fn` for the next non-bot message the client receives; resolves with its result. */
  nextMessage<T>(fn: (message: Message) => Promise<T>, timeoutMs?: number): Promise<T>;
  destroy(): Promise<void>;
}

async function connectBot(server: FakeDiscord, intents = BOT_INTENTS): Promise<Bot> {
  const client = new Client({ intents, partials: [Partials.Channel], rest: { api: server.apiUrl } });
  let onInteraction: ((interaction: Interaction) => void) | null = null;
  let onMessage: ((message: Message) => void) | null = null;
  client.on(Events.InteractionCreate, (interaction) => onInteraction?.(interaction));
  client.on(Events.MessageCreate, (message) => {
    // The fake echoes the bot's own messages back, like Discord; bots ignore them.
    if (!message.author.bot) onMessage?.(message);
  });
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(5_000) });
  await Promise.all([ready, client.login(server.token)]);

  const runNext = <E, T>(
    install: (handler: ((event: E) => void) | null) => void,
    fn: (event: E) => Promise<T>,
    timeoutMs: number,
    what: string,
  ) => {
    const result = new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        install(null);
        reject(
          new Error(`No ${what} reached the discord.js client within ${timeoutMs}ms\n${server.describe()}`),
        );
      }, timeoutMs);
      install((event) => {
        clearTimeout(timer);
        install(null);
        fn(event).then(resolve, reject);
      });
    });
    // If a test fails before awaiting this, its rejection must not surface as "unhandled".
    result.catch(() => {});
    return result;
  };

  return {
    client,
    nextInteraction: <T>(fn: (interaction: Interaction) => Promise<T>, timeoutMs = 3_000) =>
      runNext<Interaction, T>(
        (handler) => {
          onInteraction = handler;
        },
        fn,
        timeoutMs,
        "interaction",
      ),
    nextMessage: <T>(fn: (message: Message) => Promise<T>, timeoutMs = 3_000) =>
      runNext<Message, T>(
        (handler) => {
          onMessage = handler;
        },
        fn,
        timeoutMs,
        "message",
      ),
    destroy: () => client.destroy(),
  };
}

function expectChatInput(interaction: Interaction) {
  if (!interaction.isChatInputCommand())
    throw new Error(`expected a chat input command, got type ${interaction.type}`);
  return interaction;
}

async function withServer(options: FakeDiscordOptions = {}) {
  return startFakeDiscord({ heartbeatIntervalMs: 41_250, ...options });
}

describe("fake Discord: REST for scripts (@discordjs/rest)", { timeout: 10_000 }, () => {
  let server: FakeDiscord;
  beforeAll(async () => {
    server = await withServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("records a bulk overwrite of global commands from a deploy script", async () => {
    const rest = new REST({ api: server.apiUrl }).setToken(server.token);
    const body = [
      new SlashCommandBuilder()
        .setName("ask")
        .setDescription("Ask about a diplomatic event")
        .addStringOption((option) =>
          option.setName("question").setDescription("What to ask").setRequired(true),
        )
        .toJSON(),
    ];
    const result = await rest.put(Routes.applicationCommands(server.applicationId), { body });

    expect(result).toEqual([expect.objectContaining({ name: "ask", application_id: server.applicationId })]);
    expect(server.commands.global.map((command) => command.name)).toEqual(["ask"]);
    const request = server.requests.at(-1);
    expect(request).toMatchObject({
      method: "PUT",
      path: `/applications/${server.applicationId}/commands`,
      route: "/applications/:applicationId/commands",
      body: JSON.parse(JSON.stringify(body)),
      auth: { present: true, scheme: "Bot", valid: true },
      status: 200,
    });
    // The token itself is never recorded.
    expect(request?.headers.authorization).toBeUndefined();
    expect(JSON.stringify(server.requests)).not.toContain(server.token);
  });

  it("keeps command ids stable across overwrites and scopes guild commands separately", async () => {
    const rest = new REST({ api: server.apiUrl }).setToken(server.token);
    const before = server.commands.global.find((command) => command.name === "ask")?.id;
    await rest.put(Routes.applicationCommands(server.applicationId), {
      body: [{ name: "ask", description: "Ask again" }],
    });
    expect(server.commands.global[0]?.id).toBe(before);

    await rest.put(Routes.applicationGuildCommands(server.applicationId, server.guild.id), {
      body: [{ name: "admin", description: "Guild only" }],
    });
    expect(server.commands.guilds.get(server.guild.id)?.map((command) => command.name)).toEqual(["admin"]);
    expect(server.commands.guilds.get(server.otherGuild.id)).toBeUndefined();
  });

  it("rejects invalid command definitions like Discord (50035 Invalid Form Body)", async () => {
    const rest = new REST({ api: server.apiUrl }).setToken(server.token);
    const error = await rest
      .put(Routes.applicationCommands(server.applicationId), {
        body: [{ name: "Bad Name", description: "" }],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50035, status: 400 });
  });

  it("answers 401 to a wrong bot token", async () => {
    const rest = new REST({ api: server.apiUrl }).setToken("not-the-token");
    await expect(rest.get(Routes.gatewayBot())).rejects.toMatchObject({ status: 401 });
    expect(server.requests.at(-1)?.auth).toEqual({ present: true, scheme: "Bot", valid: false });
  });

  it("answers 404 to unknown routes and lists them in unknownRoutes", async () => {
    const rest = new REST({ api: server.apiUrl }).setToken(server.token);
    expect(server.unknownRoutes).toEqual([]);
    await expect(rest.get("/definitely/not/a/route")).rejects.toMatchObject({ status: 404 });
    expect(server.unknownRoutes.map((request) => `${request.method} ${request.path}`)).toEqual([
      "GET /definitely/not/a/route",
    ]);
    expect(server.unknownRoutes[0]?.response).toEqual({ message: "404: Not Found", code: 0 });
  });

  it("answers 404 Unknown interaction to callbacks for interactions it never sent", async () => {
    const response = await fetch(`${server.apiUrl}/v10/interactions/123/abc/callback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: 4, data: { content: "hi" } }),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 10062 });
  });
});

describe("fake Discord: a discord.js client logging in", { timeout: 10_000 }, () => {
  let server: FakeDiscord;
  let bot: Bot | null = null;
  beforeAll(async () => {
    server = await withServer({ heartbeatIntervalMs: 100 });
  });
  afterEach(async () => {
    await bot?.destroy();
    bot = null;
  });
  afterAll(async () => {
    await server.close();
  });

  it("becomes ready with both guilds and their text channels cached", async () => {
    bot = await connectBot(server);
    const { client } = bot;

    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(server.botUser.id);
    expect(client.application?.id).toBe(server.applicationId);
    expect(client.guilds.cache.map((guild) => guild.name).sort()).toEqual(["Other Guild", "Test Guild"]);
    expect(client.channels.cache.get(server.guild.textChannel.id)?.isTextBased()).toBe(true);
    // Login only discovers the gateway over REST; everything else arrives over the socket.
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "GET /gateway/bot",
    ]);
    expect(server.identifies[0]).toMatchObject({ intents: 37_377, shard: [0, 1] });
    expect(server.connections[0]?.query).toEqual({ v: "10", encoding: "json" });
  });

  it("serves the application and users to REST fetches", async () => {
    bot = await connectBot(server);
    const application = await bot.client.application?.fetch();
    expect(application?.name).toBe(server.botUser.username);
    const user = await bot.client.users.fetch(server.users.member.id, { force: true });
    expect(user.username).toBe("bob");
    expect(server.requests.map((request) => `${request.method} ${request.route}`)).toEqual(
      expect.arrayContaining(["GET /applications/@me", "GET /users/:userId"]),
    );
    expect(server.unknownRoutes).toEqual([]);
  });

  it("acknowledges heartbeats so the client measures a ping", async () => {
    bot = await connectBot(server);
    const connection = server.connections.at(-1);
    const deadline = Date.now() + 2_000;
    while ((connection?.heartbeats ?? 0) < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(connection?.heartbeats).toBeGreaterThanOrEqual(2);
    expect(bot.client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it("fails login with an invalid token (GET /gateway/bot answers 401)", async () => {
    const client = new Client({ intents: BOT_INTENTS, rest: { api: server.apiUrl } });
    try {
      await expect(client.login("wrong-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    } finally {
      await client.destroy();
    }
    expect(server.requests.at(-1)).toMatchObject({ path: "/gateway/bot", status: 401 });
  });

  it("closes the gateway with 4004 when IDENTIFY carries a wrong token", async () => {
    const socket = new WebSocket(`${server.gatewayUrl}?v=10&encoding=json`);
    socket.once("message", () => {
      socket.send(JSON.stringify({ op: 2, d: { token: "wrong", intents: 1, properties: {} } }));
    });
    const [code] = await once(socket, "close", { signal: AbortSignal.timeout(2_000) });
    expect(code).toBe(4004);
  });

  it("closes the gateway with 4014 when privileged intents are not enabled", async () => {
    const strict = await withServer({ enabledPrivilegedIntents: 0 });
    try {
      const client = new Client({ intents: BOT_INTENTS, rest: { api: strict.apiUrl } });
      const disconnected = once(client, Events.ShardDisconnect, { signal: AbortSignal.timeout(3_000) });
      client.login(strict.token).catch(() => {});
      const [event] = await disconnected;
      expect(event).toMatchObject({ code: 4014 });
      await client.destroy();
    } finally {
      await strict.close();
    }
  });
});

describe("fake Discord: interactions with a discord.js client", { timeout: 10_000 }, () => {
  let server: FakeDiscord;
  let bot: Bot;
  beforeAll(async () => {
    server = await withServer();
    bot = await connectBot(server);
    // Register guild commands through the client itself (PUT .../guilds/:id/commands).
    await bot.client.application?.commands.set(
      [
        new SlashCommandBuilder()
          .setName("facts")
          .setDescription("Fact store")
          .addSubcommand((sub) =>
            sub
              .setName("search")
              .setDescription("Search facts")
              .addStringOption((option) =>
                option.setName("query").setDescription("Search text").setRequired(true).setAutocomplete(true),
              )
              .addIntegerOption((option) => option.setName("limit").setDescription("Max results"))
              .addNumberOption((option) => option.setName("weight").setDescription("Weighting")),
          )
          .toJSON(),
      ],
      server.guild.id,
    );
  });
  afterAll(async () => {
    await bot.destroy();
    await server.close();
  });
  afterEach(() => {
    // Every REST call discord.js made must have been one the fake understands.
    expect(server.unknownRoutes).toEqual([]);
  });

  it("delivers a chat input command and captures reply({ embeds })", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      const command = expectChatInput(interaction);
      await command.reply({ embeds: [new EmbedBuilder().setTitle("Summit").setDescription("It happened.")] });
      return {
        name: command.commandName,
        admin: command.memberPermissions?.has(PermissionFlagsBits.ManageGuild),
        inGuild: command.inCachedGuild(),
        channelName: command.channel && "name" in command.channel ? command.channel.name : null,
      };
    });
    const sent = server.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: "What happened?" },
    });

    const callback = await sent.waitForCallback();
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({ embeds: [{ title: "Summit", description: "It happened." }] });
    expect(await handled).toEqual({ name: "ask", admin: true, inGuild: true, channelName: "general" });
    expect(sent.originalMessage()?.embeds[0]?.title).toBe("Summit");
  });

  it("types options from the registered command (subcommand, integer vs number) and reports member permissions", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      const command = expectChatInput(interaction);
      await command.reply({ content: "ok", flags: MessageFlags.Ephemeral });
      return {
        sub: command.options.getSubcommand(),
        query: command.options.getString("query"),
        limit: command.options.getInteger("limit"),
        weight: command.options.getNumber("weight"),
        admin: command.memberPermissions?.has(PermissionFlagsBits.ManageGuild),
        commandId: command.commandId,
      };
    });
    server.sendInteraction({
      kind: "command",
      name: "facts",
      subcommand: "search",
      options: { query: "treaty", limit: 3, weight: 2 },
      user: server.users.member,
    });
    expect(await handled).toEqual({
      sub: "search",
      query: "treaty",
      limit: 3,
      weight: 2,
      admin: false,
      commandId: server.commands.guilds.get(server.guild.id)?.[0]?.id,
    });
  });

  it("captures deferReply then editReply as a webhook PATCH of @original", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      const command = expectChatInput(interaction);
      await command.deferReply();
      const edited = await command.editReply({ content: "Here is the answer." });
      return edited.content;
    });
    const sent = server.sendInteraction({ kind: "command", name: "ask" });

    expect((await sent.waitForCallback()).type).toBe(5);
    const edit = await sent.waitForWebhook((record) => record.request.method === "PATCH");
    expect(edit.request.path).toBe(`/webhooks/${server.applicationId}/${sent.token}/messages/@original`);
    expect(edit.request.body).toMatchObject({ content: "Here is the answer." });
    expect(await handled).toBe("Here is the answer.");
    // The "thinking..." LOADING flag is gone once the reply is edited.
    expect((sent.originalMessage()?.flags ?? 0) & 128).toBe(0);
  });

  it("captures followUp as a webhook POST returning a message", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      const command = expectChatInput(interaction);
      await command.reply("First part.");
      const followUp = await command.followUp({ content: "Second part.", flags: MessageFlags.Ephemeral });
      return followUp.id;
    });
    const sent = server.sendInteraction({ kind: "command", name: "ask" });

    const followUp = await sent.waitForWebhook((record) => record.request.method === "POST");
    expect(followUp.request.body).toMatchObject({ content: "Second part.", flags: 64 });
    expect(followUp.request.query).toMatchObject({ wait: "true" });
    expect(await handled).toBe(followUp.message?.id);
  });

  it("uploads attachments as multipart (payload_json + files[n]) and serves them back", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      await expectChatInput(interaction).reply({
        content: "Sources attached.",
        files: [new AttachmentBuilder(Buffer.from("source: UN press release"), { name: "sources.txt" })],
      });
    });
    const sent = server.sendInteraction({ kind: "command", name: "ask" });

    const callback = await sent.waitForCallback();
    await handled;
    expect(callback.request.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(callback.data).toMatchObject({ content: "Sources attached." });
    expect(callback.files.map((file) => [file.field, file.filename, file.text])).toEqual([
      ["files[0]", "sources.txt", "source: UN press release"],
    ]);
    const attachment = sent.originalMessage()?.attachments[0];
    expect(attachment?.filename).toBe("sources.txt");
    expect(await (await fetch(attachment?.url ?? "")).text()).toBe("source: UN press release");
  });

  it("returns an InteractionCallbackResponse for withResponse (?with_response=true)", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      const response = await expectChatInput(interaction).reply({ content: "Fetched.", withResponse: true });
      return response.resource?.message?.content;
    });
    const sent = server.sendInteraction({ kind: "command", name: "ask" });
    expect(await handled).toBe("Fetched.");
    expect((await sent.waitForCallback()).request.query).toEqual({ with_response: "true" });
  });

  it("captures autocomplete respond([...]) with the focused option", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error("expected autocomplete");
      const focused = interaction.options.getFocused(true);
      await interaction.respond([{ name: `Treaty of ${focused.value}`, value: "treaty-1" }]);
      return focused.name;
    });
    const sent = server.sendInteraction({
      kind: "autocomplete",
      name: "facts",
      subcommand: "search",
      options: { query: "Rome" },
      focused: "query",
    });

    const callback = await sent.waitForCallback();
    expect(callback).toMatchObject({
      type: 8,
      data: { choices: [{ name: "Treaty of Rome", value: "treaty-1" }] },
    });
    expect(await handled).toBe("query");
  });

  it("captures a button interaction's update() and applies it to the message", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      if (!interaction.isButton()) throw new Error("expected a button");
      await interaction.update({ content: "Page 2", components: [] });
      return interaction.customId;
    });
    const sent = server.sendInteraction({ kind: "button", customId: "page:2" });

    const callback = await sent.waitForCallback();
    expect(callback).toMatchObject({ type: 7, data: { content: "Page 2", components: [] } });
    expect(await handled).toBe("page:2");
    const sourceId = sent.payload.message?.id ?? "";
    expect(server.getMessage(sourceId)?.content).toBe("Page 2");
  });

  it("can press a button on the bot's own earlier reply", async () => {
    const replied = bot.nextInteraction(async (interaction) => {
      await expectChatInput(interaction).reply({
        content: "Page 1",
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId("next").setLabel("Next").setStyle(ButtonStyle.Primary),
          ),
        ],
      });
    });
    const command = server.sendInteraction({ kind: "command", name: "ask" });
    await replied;
    const reply = command.originalMessage();
    expect(reply?.components).toHaveLength(1);

    const pressed = bot.nextInteraction(async (interaction) => {
      if (!interaction.isButton()) throw new Error("expected a button");
      await interaction.deferUpdate();
      await interaction.editReply({ content: "Page 2" });
      return interaction.message.id;
    });
    const button = server.sendInteraction({ kind: "button", customId: "next", message: reply });
    expect((await button.waitForCallback()).type).toBe(6);
    expect(await pressed).toBe(reply?.id);
    expect(server.getMessage(reply?.id ?? "")?.content).toBe("Page 2");
  });

  it("captures showModal and delivers the modal submit (action rows)", async () => {
    const shown = bot.nextInteraction(async (interaction) => {
      await expectChatInput(interaction).showModal(
        new ModalBuilder()
          .setCustomId("feedback")
          .setTitle("Feedback")
          .addComponents(
            new ActionRowBuilder<TextInputBuilder>().addComponents(
              new TextInputBuilder()
                .setCustomId("text")
                .setLabel("Your feedback")
                .setStyle(TextInputStyle.Paragraph),
            ),
          ),
      );
    });
    const command = server.sendInteraction({ kind: "command", name: "ask" });
    const modal = await command.waitForCallback();
    await shown;
    expect(modal).toMatchObject({ type: 9, data: { custom_id: "feedback", title: "Feedback" } });

    const submitted = bot.nextInteraction(async (interaction) => {
      if (!interaction.isModalSubmit()) throw new Error("expected a modal submit");
      await interaction.reply({ content: "Thanks!", flags: MessageFlags.Ephemeral });
      return { customId: interaction.customId, text: interaction.fields.getTextInputValue("text") };
    });
    const submit = server.sendInteraction({
      kind: "modal",
      customId: "feedback",
      fields: { text: "Great bot" },
    });
    expect(await submitted).toEqual({ customId: "feedback", text: "Great bot" });
    expect((await submit.waitForCallback()).data).toMatchObject({ content: "Thanks!", flags: 64 });
    expect(submit.payload.data).toMatchObject({
      components: [{ type: 1, components: [{ type: 4, value: "Great bot" }] }],
    });
  });

  it("mirrors label-based modals in the submission", async () => {
    const shown = bot.nextInteraction(async (interaction) => {
      await expectChatInput(interaction).showModal(
        new ModalBuilder()
          .setCustomId("report")
          .setTitle("Report")
          .addLabelComponents(
            new LabelBuilder()
              .setLabel("What is wrong?")
              .setTextInputComponent(
                new TextInputBuilder().setCustomId("issue").setStyle(TextInputStyle.Short),
              ),
          ),
      );
    });
    server.sendInteraction({ kind: "command", name: "ask" });
    await shown;

    const submitted = bot.nextInteraction(async (interaction) => {
      if (!interaction.isModalSubmit()) throw new Error("expected a modal submit");
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      return interaction.fields.getTextInputValue("issue");
    });
    const submit = server.sendInteraction({
      kind: "modal",
      customId: "report",
      fields: { issue: "Wrong date" },
    });
    expect(await submitted).toBe("Wrong date");
    expect(submit.payload.data).toMatchObject({
      components: [{ type: 18, component: { type: 4, value: "Wrong date" } }],
    });
  });

  it("refuses a modal whose text input breaks Discord's limits (50035), as Discord does", async () => {
    const tooLong = (value: string) =>
      bot.nextInteraction(async (interaction) => {
        // Raw JSON: discord.js's builders would refuse it before it is sent.
        await expectChatInput(interaction).showModal({
          custom_id: "article",
          title: "Article",
          components: [
            {
              type: 1,
              components: [{ type: 4, custom_id: "text", label: "Text", style: 2, value }],
            },
          ],
        });
      });
    const refused = tooLong("x".repeat(4001));
    const command = server.sendInteraction({ kind: "command", name: "ask" });
    const error = await refused.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50035, status: 400 });
    expect(JSON.stringify((error as DiscordAPIError).rawError)).toContain(
      '"value":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"',
    );
    expect(server.callbacks.filter((callback) => callback.interactionId === command.id)).toEqual([]);

    const shown = tooLong("x".repeat(4000));
    const fits = server.sendInteraction({ kind: "command", name: "ask" });
    await shown;
    expect((await fits.waitForCallback()).type).toBe(9);
  });

  it("delivers interactions from the bot's DM with a user instead of a member", async () => {
    const handled = bot.nextInteraction(async (interaction) => {
      const command = expectChatInput(interaction);
      await command.reply("Hello in DM");
      return {
        inGuild: command.inGuild(),
        member: command.member,
        user: command.user.id,
        dm: command.channel?.isDMBased(),
        context: command.context,
      };
    });
    const sent = server.sendInteraction({
      kind: "command",
      name: "ask",
      guild: null,
      user: server.users.outsider,
    });

    expect(await handled).toEqual({
      inGuild: false,
      member: null,
      user: server.users.outsider.id,
      dm: true,
      context: 1,
    });
    expect(sent.originalMessage()?.channel_id).toBe(server.dmChannel(server.users.outsider).id);
  });

  it("rejects initial responses after the 3 second deadline with 10062 Unknown interaction", async () => {
    const strict = await withServer({ interactionResponseDeadlineMs: 50 });
    const lateBot = await connectBot(strict);
    try {
      const handled = lateBot.nextInteraction(async (interaction) => {
        await new Promise((resolve) => setTimeout(resolve, 120));
        return expectChatInput(interaction)
          .reply("too late")
          .then(
            () => null,
            (error: unknown) => error,
          );
      });
      strict.sendInteraction({ kind: "command", name: "ask" });
      expect(await handled).toMatchObject({ code: 10062, status: 404 });
    } finally {
      await lateBot.destroy();
      await strict.close();
    }
  });
});

describe("fake Discord: messages with a discord.js client", { timeout: 10_000 }, () => {
  let server: FakeDiscord;
  let bot: Bot;
  beforeAll(async () => {
    server = await withServer();
    bot = await connectBot(server);
  });
  afterAll(async () => {
    await bot.destroy();
    await server.close();
  });
  afterEach(() => {
    expect(server.unknownRoutes).toEqual([]);
  });

  it("delivers a DM (partial channel) and captures message.reply() as POST /channels/:id/messages", async () => {
    const handled = bot.nextMessage(async (message) => {
      await message.reply("Hi! Ask me about diplomatic events.");
      return { dm: message.channel.isDMBased(), content: message.content, inGuild: message.inGuild() };
    });
    const sent = server.sendMessage({ content: "hello bot", channel: "dm", author: server.users.outsider });
    const dm = server.dmChannel(server.users.outsider);

    const reply = await server.waitForChannelMessage(dm.id);
    expect(await handled).toEqual({ dm: true, content: "hello bot", inGuild: false });
    expect(reply.request).toMatchObject({ method: "POST", path: `/channels/${dm.id}/messages` });
    expect(reply.message).toMatchObject({
      content: "Hi! Ask me about diplomatic events.",
      type: 19,
      message_reference: { message_id: sent.payload.id },
      author: { id: server.botUser.id },
    });
  });

  it("delivers a guild message that mentions the bot and captures the reply", async () => {
    const handled = bot.nextMessage(async (message) => {
      const mentioned = message.mentions.has(bot.client.user?.id ?? "");
      await message.reply({ embeds: [new EmbedBuilder().setTitle("Answer")] });
      return { mentioned, guild: message.guild?.name, content: message.content };
    });
    const content = `<@${server.botUser.id}> what happened at the summit?`;
    server.sendMessage({ content });

    const reply = await server.waitForChannelMessage(server.guild.textChannel.id, (message) =>
      message.embeds.some((embed) => embed.title === "Answer"),
    );
    expect(await handled).toEqual({ mentioned: true, guild: "Test Guild", content });
    expect(reply.message.referenced_message?.content).toBe(content);
  });

  it("opens a DM with POST /users/@me/channels when the bot messages a user first", async () => {
    await bot.client.users.send(server.users.otherAdmin.id, "Your report is ready.");
    const dm = server.dmChannel(server.users.otherAdmin);
    expect(server.requests.find((request) => request.path === "/users/@me/channels")?.body).toEqual({
      recipient_id: server.users.otherAdmin.id,
    });
    const sent = await server.waitForChannelMessage(dm.id);
    expect(sent.message.content).toBe("Your report is ready.");
  });

  it("filters MESSAGE_CREATE by intents like Discord (no MESSAGE_CONTENT: empty content unless mentioned)", async () => {
    const limited = await connectBot(server, [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]);
    try {
      // Both bots share the fake; the newest session gets its own filtered copy.
      const plain = server.sendMessage({ content: "no mention here" });
      const copies = plain.delivered.map((record) => (record.d as { content: string }).content);
      expect(copies.sort()).toEqual(["", "no mention here"]);
      const dm = server.sendMessage({ content: "dm", channel: "dm" });
      expect(dm.delivered).toHaveLength(1);
    } finally {
      await limited.destroy();
    }
  });
});

describe("fake Discord: connection drops and RESUME", { timeout: 10_000 }, () => {
  let server: FakeDiscord;
  let bot: Bot;
  beforeAll(async () => {
    server = await withServer();
    bot = await connectBot(server);
  });
  afterAll(async () => {
    await bot.destroy();
    await server.close();
  });

  it("resumes via resume_gateway_url after an abrupt drop and replays events missed meanwhile", async () => {
    expect(server.dropSocket()).toBe(1);
    // Sent while the socket is down: buffered in the session and replayed on RESUME.
    const handled = bot.nextInteraction(async (interaction) => {
      await expectChatInput(interaction).reply("still here");
      return interaction.id;
    });
    const sent = server.sendInteraction({ kind: "command", name: "ask" });

    const resume = await server.waitForResume();
    expect(resume).toMatchObject({ path: "/resume", replayed: 1 });
    expect(await handled).toBe(sent.id);
    expect(server.identifies).toHaveLength(1);
  });

  it("resumes after a close with a resumable code (4000) and keeps receiving interactions", async () => {
    server.dropSocket(4000);
    await server.waitForResume({ count: 2 });
    const handled = bot.nextInteraction(async (interaction) => {
      await expectChatInput(interaction).reply("after resume");
    });
    const sent = server.sendInteraction({ kind: "command", name: "ask" });
    await handled;
    expect((await sent.waitForCallback()).data).toMatchObject({ content: "after resume" });
    expect(server.identifies).toHaveLength(1);
    expect(server.unknownRoutes).toEqual([]);
  });
});
