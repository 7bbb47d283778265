import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord.js";
import { fitButtonLabel, fitContent, fitEmbeds, LIMITS } from "./limits.ts";
import { type Button, type Card, isLinkButton, type ReplyModel, type Tone } from "./reply-model.ts";

export const TONE_COLORS: Record<Tone, number> = {
  answer: 0x5865f2,
  refusal: 0xf0b232,
  event: 0x3ba55d,
  facts: 0x00a8fc,
  info: 0x99aab5,
  notice: 0x99aab5,
  error: 0xed4245,
};

/** Nobody is ever pinged by what the bot writes, whatever a question or a stored fact contains. */
export const NO_MENTIONS = { parse: [] as [], repliedUser: false };

/** The body shared by interaction replies, follow-ups, updates and message replies. */
export interface DiscordMessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_MENTIONS;
}

/**
 * A reply model as Discord JSON, every limit enforced. `embeds` and `components` are always
 * present (possibly empty) so that an update replaces what the clicked message showed.
 */
export function toMessageBody(model: ReplyModel): DiscordMessageBody {
  let body = bodies.get(model);
  if (!body) {
    const content = model.content?.trim() ? fitContent(model.content) : undefined;
    body = {
      ...(content ? { content } : {}),
      embeds: fitEmbeds((model.cards ?? []).map(toEmbed)),
      components: toActionRows(model.buttons ?? []),
      allowedMentions: NO_MENTIONS,
    };
    bodies.set(model, body);
  }
  return body;
}

type InteractionReplyBody = DiscordMessageBody & { flags?: MessageFlags.Ephemeral };

/** For interaction.reply / followUp: the body plus the ephemeral flag. */
export function toInteractionReply(model: ReplyModel): InteractionReplyBody {
  let body = interactionBodies.get(model);
  if (!body) {
    body = { ...toMessageBody(model), ...(model.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
    interactionBodies.set(model, body);
  }
  return body;
}

/**
 * Bodies already rendered, per reply model. A remembered answer's reply model is handed out again
 * for every ask of it (ask-flow.ts), and rendering walks every limit and builds every embed and
 * button anew. Reply models are never changed once built, and a body given away is not changed
 * either: our callers spread it into new objects, and discord.js only sets its `attachments` (to
 * the same value every time: none, as bodies with files are new objects), so one body serves
 * every send.
 */
const bodies = new WeakMap<ReplyModel, DiscordMessageBody>();
const interactionBodies = new WeakMap<ReplyModel, InteractionReplyBody>();

export function toEmbed(card: Card): APIEmbed {
  return {
    color: TONE_COLORS[card.tone],
    ...(card.title ? { title: card.title } : {}),
    ...(card.url ? { url: card.url } : {}),
    ...(card.description ? { description: card.description } : {}),
    ...(card.fields?.length
      ? { fields: card.fields.map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })) }
      : {}),
    ...(card.footer ? { footer: { text: card.footer } } : {}),
  };
}

export function toActionRows(rows: readonly Button[][]): APIActionRowComponent<APIButtonComponent>[] {
  return rows
    .filter((row) => row.length > 0)
    .slice(0, LIMITS.actionRows)
    .map((row) => ({
      type: ComponentType.ActionRow,
      components: row.slice(0, LIMITS.buttonsPerRow).map(toButton),
    }));
}

const STYLES = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
} as const;

function toButton(button: Button): APIButtonComponent {
  const emoji = button.emoji ? { emoji: { name: button.emoji } } : {};
  // An emoji-only button (👍) has no label; a button with neither would be refused.
  const label = button.label.trim() || !button.emoji ? { label: fitButtonLabel(button.label) } : {};
  if (isLinkButton(button)) {
    return { type: ComponentType.Button, style: ButtonStyle.Link, url: button.url, ...label, ...emoji };
  }
  if (button.customId.length > LIMITS.customId) {
    // A programming error, not user input: the codec guarantees the length. Fail loudly.
    throw new Error(`custom_id longer than ${LIMITS.customId} characters: ${button.customId}`);
  }
  return {
    type: ComponentType.Button,
    style: STYLES[button.style],
    custom_id: button.customId,
    ...label,
    ...emoji,
    ...(button.disabled ? { disabled: true } : {}),
  };
}
