/**
 * What the bot says, independent of where it is said. Handlers build a ReplyModel; the Discord
 * adapter turns it into embeds and buttons (render.ts), the terminal console into text
 * (src/console/render.ts). Strings are Discord markdown whose user- and data-supplied parts are
 * already escaped (markdown.ts), so both renderers can trust them.
 */

/** Sets the card's colour on Discord and its marker in the terminal. */
export type Tone = "answer" | "refusal" | "event" | "facts" | "info" | "notice" | "error";

export interface CardField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Card {
  tone: Tone;
  title?: string;
  /** Makes the title a link. */
  url?: string;
  description?: string;
  fields?: CardField[];
  footer?: string;
}

export type ButtonStyle = "primary" | "secondary" | "success" | "danger";

export interface ActionButton {
  /** A custom_id from custom-id.ts: the click comes back to the bot with it. */
  customId: string;
  label: string;
  emoji?: string;
  style: ButtonStyle;
  disabled?: boolean;
}

export interface LinkButton {
  url: string;
  label: string;
  emoji?: string;
}

export type Button = ActionButton | LinkButton;

export interface ReplyModel {
  content?: string;
  cards?: Card[];
  /** Rows of buttons, at most five rows of five. */
  buttons?: Button[][];
  /** Seen only by the person who asked (interactions only; messages are always public). */
  ephemeral?: boolean;
}

/** What a button click does to the conversation: a new reply, or the clicked message changed. */
export type ComponentResult = { mode: "reply"; reply: ReplyModel } | { mode: "update"; reply: ReplyModel };

export function isLinkButton(button: Button): button is LinkButton {
  return "url" in button;
}

/** A short text reply, ephemeral unless said otherwise: notes, errors, thanks. */
export function notice(content: string, options: { ephemeral?: boolean } = {}): ReplyModel {
  return { content, ephemeral: options.ephemeral ?? true };
}
