import { createInterface } from "node:readline";
import { ApplicationCommandOptionType } from "discord.js";
import { ask } from "../discord/ask-flow.ts";
import type {
  CommandContext,
  ComponentContext,
  OptionReader,
  Requester,
  Services,
} from "../discord/command.ts";
import { parseCustomId } from "../discord/custom-id.ts";
import { errorRef, somethingWentWrong, UserError } from "../discord/errors.ts";
import type { CommandRegistry } from "../discord/registry.ts";
import { notice, type ReplyModel } from "../discord/reply-model.ts";
import { type NumberedButton, renderReply } from "./render.ts";

/**
 * The bot without Discord: a terminal conversation that goes through the same handlers and reply
 * models as the Discord adapter, so what it prints is what Discord would show. Plain text is a
 * question (as in a DM), "/name text" runs a command, a number presses a button of the last reply.
 */

/** The terminal user: a fixed id, so that /facts pages recognise their owner. */
export const CONSOLE_USER_ID = "0";

export interface ConsoleOptions {
  services: Services;
  registry: CommandRegistry;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  /** Lines printed before the first prompt (version, how to connect to Discord). */
  banner: string[];
  /** Readline line editing and tab completion; off when the input is not a terminal. */
  terminal: boolean;
}

/** Runs until the input ends, "quit", or Ctrl-C / Ctrl-D. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const session = new ConsoleSession(options);
  const rl = createInterface({
    input: options.input,
    output: options.output,
    terminal: options.terminal,
    prompt: "attaché> ",
    completer: (line: string) => session.complete(line),
  });
  rl.on("SIGINT", () => rl.close());
  const write = (text: string) => options.output.write(`${text}\n`);
  for (const line of options.banner) write(line);
  rl.prompt();
  let quit = false;
  for await (const line of rl) {
    const text = line.trim();
    quit = ["quit", "exit", "/quit", "/exit"].includes(text.toLowerCase());
    if (quit) break;
    if (text) write(await session.handle(text));
    rl.prompt();
  }
  rl.close();
  // After Ctrl-C or Ctrl-D the cursor is still on the prompt line; leave the shell a clean one.
  if (options.terminal && !quit) write("");
}

let sessions = 0;

export class ConsoleSession {
  private lastButtons: NumberedButton[] = [];
  private lastReply: ReplyModel | undefined;
  /** Stands in for Discord's message ids, so a second vote on one reply replaces the first. */
  private replyCount = 0;
  private explainedButtons = false;

  constructor(private readonly options: Pick<ConsoleOptions, "services" | "registry" | "color">) {}

  /** The text to print for one line of input. */
  async handle(line: string): Promise<string> {
    try {
      const reply = /^\d+$/.test(line)
        ? await this.press(line)
        : line.startsWith("/")
          ? await this.command(line)
          : (await ask(this.requester(), line, { private: false })).reply;
      return this.show(reply);
    } catch (error) {
      if (error instanceof UserError) return this.show(notice(error.message), false);
      const ref = errorRef();
      this.options.services.logger.error("console handler failed", { ref, err: error });
      return this.show(notice(somethingWentWrong(ref)), false);
    }
  }

  /** Tab completion: command names after "/", else questions the store can answer. */
  complete(line: string): [string[], string] {
    if (line.startsWith("/")) {
      const names = this.options.registry.all().map((command) => `/${command.data.name} `);
      return [names.filter((name) => name.startsWith(line)), line];
    }
    // Only completions that extend what was typed: readline would otherwise rewrite the line.
    const typed = line.toLowerCase();
    const completions = this.options.services.engine
      .suggest(line)
      .filter((suggestion) => suggestion.toLowerCase().startsWith(typed))
      .map((suggestion) => line + suggestion.slice(line.length));
    return [completions, line];
  }

  private show(reply: ReplyModel, fromHandler = true): string {
    const rendered = renderReply(reply, { color: this.options.color });
    // As on Discord, earlier buttons stay usable until a newer reply brings its own.
    if (fromHandler && rendered.buttons.length > 0) {
      this.replyCount++;
      this.lastReply = reply;
      this.lastButtons = rendered.buttons;
    }
    const hint =
      rendered.buttons.length > 0 && !this.explainedButtons ? "\n(type a button's number to press it)" : "";
    if (hint) this.explainedButtons = true;
    return `${rendered.text}${hint}\n`;
  }

  private async command(line: string): Promise<ReplyModel> {
    const [, name = "", rest = ""] = /^\/(\S+)\s*(.*)$/s.exec(line) ?? [];
    const command = this.options.registry.get(name.toLowerCase());
    if (!command) throw new UserError(`There is no /${name}. Type /help for the commands.`);
    // The text after the name fills the command's first text option, as a Discord user would type it.
    const firstText = (command.data.options ?? []).find(
      (o) => o.type === ApplicationCommandOptionType.String,
    );
    const values = new Map<string, string>(firstText && rest.trim() ? [[firstText.name, rest.trim()]] : []);
    const options: OptionReader = { string: (key) => values.get(key), boolean: () => undefined };
    const ctx: CommandContext = { ...this.requester(), options };
    return command.execute(ctx);
  }

  /** `typed`: digits, named as typed when there is no such button (not as 1e+24). */
  private async press(typed: string): Promise<ReplyModel> {
    const number = Number(typed);
    const button = this.lastButtons.find((b) => b.number === number);
    if (!button) throw new UserError(`There is no button ${typed} on the last reply.`);
    if (button.url) return notice(`Open ${button.url}`);
    if (button.disabled || !button.customId) throw new UserError(`Button ${number} is disabled.`);
    const action = parseCustomId(button.customId);
    const owner = action ? this.options.registry.forComponent(action.kind) : undefined;
    if (!action || !owner?.onComponent) throw new UserError("That button no longer works.");
    const title = this.lastReply?.cards?.[0]?.title;
    const ctx: ComponentContext = {
      ...this.requester(),
      customId: button.customId,
      message: {
        id: `console-${this.replyCount}`,
        ephemeral: this.lastReply?.ephemeral === true,
        ...(title ? { title } : {}),
        buttons: this.lastButtons.flatMap((b) =>
          b.customId ? [{ customId: b.customId, label: b.rawLabel }] : [],
        ),
      },
    };
    const result = await owner.onComponent(ctx, action);
    return result.reply;
  }

  private requester(): Requester {
    return {
      services: this.options.services,
      userId: CONSOLE_USER_ID,
      surface: "console",
      channelId: this.conversationId,
    };
  }

  /** Each session is its own conversation: a new console does not continue an old one. */
  private readonly conversationId = `console-${++sessions}`;
}
